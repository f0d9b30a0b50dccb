#include "ui/tips/TipFormDialog.h"

#include "models/domain/Clock.h"
#include "models/repo/tips/TipIntake.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/tips/FoldedCompleter.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QComboBox* combo(QWidget* parent, const char* name) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

// Tab leaves the field instead of stepping through day, month, year, hour and minute (the arrow
// keys and typing still edit each section).
class TimeEdit : public QDateTimeEdit {
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

TipFormDialog::TipFormDialog(Register& reg, const Clock& clock, const Session& session,
                             QWidget* parent)
    : QDialog(parent)
    , m_reg(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("tipForm"));
    setWindowTitle(tr("New tip"));
    m_loading = true;
    buildFields();
    buildLayout();
    loadChoices();
    const QDateTime now = m_clock.now();
    m_received->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    m_loading = false;
    updateIdentityState();

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, &TipFormDialog::saveDraft);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (m_dirty && old && isAncestorOf(old))
            saveDraft();
    });
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &TipFormDialog::saveTip);
    offerDraft();
    if (m_draftBanner->isHidden())
        m_received->setFocus();
}

int TipFormDialog::autosaveIntervalMs() const {
    return m_autosave->interval();
}

void TipFormDialog::buildFields() {
    m_received = new TimeEdit(this);
    m_received->setObjectName(QStringLiteral("receivedAt"));
    m_received->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_received->setCalendarPopup(true);

    m_channel = combo(this, "channel");
    m_channel->addItem(tr("Phone"), QStringLiteral("phone"));
    m_channel->addItem(tr("Hotline"), QStringLiteral("hotline"));
    m_channel->addItem(tr("Hamlet Zalo group"), QStringLiteral("zalo"));
    m_channel->addItem(tr("In person"), QStringLiteral("in_person"));
    m_channel->addItem(tr("Security camera (footage)"), QStringLiteral("camera"));
    m_channel->addItem(tr("Document or letter"), QStringLiteral("document"));
    m_zaloGroup = combo(this, "zaloGroup");

    m_informantKind = combo(this, "informantKind");
    m_informantKind->addItem(tr("Anonymous"), QStringLiteral("anonymous"));
    m_informantKind->addItem(tr("Identified (sealed)"), QStringLiteral("identified"));
    m_identityBox = new QGroupBox(tr("Informant identity — sealed on saving"), this);
    m_name = lineEdit(this, "informantName");
    m_phone = lineEdit(this, "informantPhone");
    m_idAddress = lineEdit(this, "informantAddress");
    m_idNumber = lineEdit(this, "informantIdNumber");
    m_relationship = lineEdit(this, "informantRelationship");
    m_note = lineEdit(this, "informantNote");

    m_hamlet = lineEdit(this, "hamlet");
    m_hamlet->setPlaceholderText(tr("Type a few letters, accents optional"));
    m_address = lineEdit(this, "address");
    m_category = combo(this, "category");
    m_classification = combo(this, "classification");
    m_classification->addItem(tr("Not classified yet"), QString());
    m_classification->addItem(tr("Denunciation (tố giác)"), QStringLiteral("to_giac"));
    m_classification->addItem(tr("Crime report (tin báo về tội phạm)"), QStringLiteral("tin_bao"));
    m_classification->addItem(tr("Prosecution request (kiến nghị khởi tố)"),
                              QStringLiteral("kien_nghi"));
    m_classification->addItem(tr("Public order report (phản ánh ANTT)"),
                              QStringLiteral("phan_anh"));
    m_classification->addItem(tr("Not a security matter"), QStringLiteral("khong_antt"));
    m_urgency = combo(this, "urgency");
    m_urgency->addItem(tr("Normal"), QStringLiteral("normal"));
    m_urgency->addItem(tr("Urgent"), QStringLiteral("urgent"));
    m_urgency->addItem(tr("Immediate — report at once"), QStringLiteral("immediate"));
    m_summary = lineEdit(this, "summary");
    m_summary->setPlaceholderText(tr("Required: what happened, where"));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setTabChangesFocus(true);
    m_details->setMinimumHeight(80);

    m_mentionWarning = new QLabel(this);
    m_mentionWarning->setObjectName(QStringLiteral("mentionWarning"));
    m_mentionWarning->setWordWrap(true);
    m_mentionWarning->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_mentionWarning->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    for (QLineEdit* edit : {m_name, m_phone, m_idAddress, m_idNumber, m_relationship, m_note,
                            m_hamlet, m_address, m_summary})
        connect(edit, &QLineEdit::textChanged, this, &TipFormDialog::markChanged);
    for (QComboBox* box :
         {m_channel, m_zaloGroup, m_informantKind, m_category, m_classification, m_urgency})
        connect(box, &QComboBox::currentIndexChanged, this, &TipFormDialog::markChanged);
    connect(m_details, &QPlainTextEdit::textChanged, this, &TipFormDialog::markChanged);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &TipFormDialog::markChanged);
}

void TipFormDialog::buildLayout() {
    m_draftBanner = new QWidget(this);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    m_draftLabel = new QLabel(m_draftBanner);
    m_draftLabel->setWordWrap(true);
    auto* resume = new QPushButton(tr("&Resume the draft"), m_draftBanner);
    resume->setObjectName(QStringLiteral("resumeDraftButton"));
    auto* drop = new QPushButton(tr("Discard the draft"), m_draftBanner);
    drop->setObjectName(QStringLiteral("dropDraftButton"));
    connect(resume, &QPushButton::clicked, this, &TipFormDialog::resumeDraft);
    connect(drop, &QPushButton::clicked, this, &TipFormDialog::dropDraft);
    auto* bannerRow = new QHBoxLayout(m_draftBanner);
    bannerRow->setContentsMargins(0, 0, 0, 0);
    bannerRow->addWidget(m_draftLabel, 1);
    bannerRow->addWidget(resume);
    bannerRow->addWidget(drop);
    m_draftBanner->hide();

    auto* identityForm = new QFormLayout(m_identityBox);
    identityForm->addRow(tr("Full name"), m_name);
    identityForm->addRow(tr("Phone"), m_phone);
    identityForm->addRow(tr("Address"), m_idAddress);
    identityForm->addRow(tr("ID number"), m_idNumber);
    identityForm->addRow(tr("Relationship"), m_relationship);
    identityForm->addRow(tr("Note"), m_note);

    auto* form = new QFormLayout;
    form->addRow(tr("Received at"), m_received);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Zalo group"), m_zaloGroup);
    form->addRow(tr("Informant"), m_informantKind);
    form->addRow(m_identityBox);
    form->addRow(tr("Hamlet"), m_hamlet);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Classification"), m_classification);
    form->addRow(tr("Urgency"), m_urgency);
    form->addRow(tr("Summary"), m_summary);
    form->addRow(tr("Details"), m_details);

    m_saveButton = new QPushButton(tr("Save (Ctrl+Enter)"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    m_cancelButton = new QPushButton(tr("Close (Esc)"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &TipFormDialog::saveTip);
    connect(m_cancelButton, &QPushButton::clicked, this, &TipFormDialog::reject);
    m_printButton = new QPushButton(tr("&Print Mẫu 01 now…"), this);
    m_printButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_printButton->setAutoDefault(false);
    m_printButton->setToolTip(tr("The receipt record (Mẫu 01) with the informant's identity "
                                 "typed in this form; printing is recorded in the audit trail"));
    m_printButton->hide();
    connect(m_printButton, &QPushButton::clicked, this, &TipFormDialog::printReceipt);
    connect(this, &QDialog::finished, this, &TipFormDialog::forgetPrintIdentity);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto* top = new QVBoxLayout(this);
    top->addWidget(m_draftBanner);
    top->addLayout(form);
    top->addWidget(m_mentionWarning);
    top->addLayout(buttons);

    QWidget* order[] = {m_received, m_channel,   m_zaloGroup,  m_informantKind,  m_name,
                        m_phone,    m_idAddress, m_idNumber,   m_relationship,   m_note,
                        m_hamlet,   m_address,   m_category,   m_classification, m_urgency,
                        m_summary,  m_details,   m_saveButton, m_cancelButton,   m_printButton};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void TipFormDialog::loadChoices() {
    TipIntake intake(m_reg.database(), m_clock);
    QStringList names;
    if (auto hamlets = intake.hamlets()) {
        for (const IntakeChoice& h : hamlets.value()) {
            names.append(h.label);
            m_hamletIds.insert(h.label, h.id);
        }
    }
    m_hamlet->setCompleter(new FoldedCompleter(names, m_hamlet));
    if (auto groups = intake.zaloGroups()) {
        for (const IntakeChoice& g : groups.value())
            m_zaloGroup->addItem(g.label, g.id);
    }
    if (auto categories = intake.categories()) {
        for (const IntakeChoice& c : categories.value())
            m_category->addItem(c.label, c.code);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(QStringLiteral("other"))));
}

TipFormDialog* openTipForm(QWidget* parent, Register& reg, const Session& session) {
    static const SystemClock clock;
    auto* dialog = new TipFormDialog(reg, clock, session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace binhyen::ui
