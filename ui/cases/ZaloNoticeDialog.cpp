#include "ui/cases/ZaloNoticeDialog.h"

#include "models/domain/ZaloNotice.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/ZaloNoticeRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/repo/tips/LegalFormsRepo.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

const QString kPhoneKey = QStringLiteral("zalo/stationPhone");

// "CÔNG AN XÃ LÁNG DÀI" → "Công an xã Láng Dài": how residents read the signer.
QString unitAsWritten(const QString& capitals) {
    QStringList words = capitals.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int properFrom = 3; // "công an xã|phường …"
    if (words.size() > 3 && words.at(2) == QStringLiteral("đặc"))
        properFrom = 4; // "công an đặc khu …"
    for (int i = 0; i < words.size(); ++i) {
        if ((i == 0 || i >= properFrom) && !words[i].isEmpty())
            words[i][0] = words[i][0].toUpper();
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

ZaloNoticeDialog::ZaloNoticeDialog(Register& reg, const Clock& clock, Session& session,
                                   qint64 caseId, qint64 tipId, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId > 0 ? caseId : 0)
    , m_tipId(caseId > 0 ? 0 : tipId) {
    setObjectName(QStringLiteral("zaloNoticeDialog"));
    setWindowTitle(m_caseId ? tr("Notice to the hamlet Zalo groups")
                            : tr("Lost-person notice to the hamlet Zalo groups"));
    const bool forCase = m_caseId > 0;
    auto* form = new QFormLayout;
    m_suspect = field(QStringLiteral("suspect"),
                      forCase ? tr("e.g. man, about 25, black jacket") : tr("full name"));
    form->addRow(forCase ? tr("&Suspect") : tr("&Lost person"), m_suspect);
    m_vehicle = field(QStringLiteral("vehicle"),
                      forCase ? tr("e.g. red Honda Wave motorbike") : tr("e.g. about 70"));
    form->addRow(forCase ? tr("&Vehicle") : tr("&Age"), m_vehicle);
    m_plate = field(QStringLiteral("plate"), tr("e.g. 72F1-123.45"));
    if (forCase)
        form->addRow(tr("&Plate"), m_plate);
    else
        m_plate->hide();
    m_phone = field(QStringLiteral("stationPhone"), tr("the station's phone"));
    m_phone->setText(QSettings().value(kPhoneKey).toString());
    form->addRow(tr("Station &phone"), m_phone);
    m_groups = field(QStringLiteral("groups"), tr("which hamlet groups"));
    if (forCase)
        form->addRow(tr("&Groups"), m_groups);
    else
        m_groups->hide();

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTabChangesFocus(true);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_edited = true;
    });
    auto* textLabel = new QLabel(tr("&Notice (edit before posting):"), this);
    textLabel->setBuddy(m_text);

    m_urgent = new QCheckBox(tr("&Urgent (may be posted outside office hours)"), this);
    m_urgent->setObjectName(QStringLiteral("urgent"));
    connect(m_urgent, &QCheckBox::toggled, this, &ZaloNoticeDialog::updateWarning);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("officeHoursWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #d9a400; padding: 6px"));
    m_warning->hide();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setAutoDefault(false);
    m_post = buttons->addButton(tr("&Mark as posted"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("markPostedButton"));
    m_post->setAutoDefault(false);
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(copy, &QPushButton::clicked, this, &ZaloNoticeDialog::copyToClipboard);
    connect(m_post, &QPushButton::clicked, this, &ZaloNoticeDialog::markPosted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(textLabel);
    box->addWidget(m_text, 1);
    box->addWidget(m_urgent);
    box->addWidget(m_warning);
    box->addWidget(buttons);
    resize(640, 600);

    loadFacts();
    for (QLineEdit* edit : {m_suspect, m_vehicle, m_plate, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &ZaloNoticeDialog::redraft);
    redraft();
    updateWarning();
    m_suspect->setFocus();
}

QLineEdit* ZaloNoticeDialog::field(const QString& name, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

void ZaloNoticeDialog::loadFacts() {
    QSqlDatabase db = m_register.database();
    qint64 placeId = 0;
    if (m_caseId) {
        auto detail = CaseRepo(db, m_clock).get(m_session, m_caseId);
        if (!detail) {
            showError(this, windowTitle(), detail.error());
            return;
        }
        const CaseDetail& c = detail.value();
        m_title = c.title;
        m_at = c.occurredAt;
        m_hamlet = c.placeName;
        m_address = c.address;
        placeId = c.placeId;
    } else {
        // The tip's facts as Mẫu 01 prints them (never the informant: no identity is given).
        auto data = LegalFormsRepo(db, m_clock).receiptData(m_session, m_tipId, nullptr);
        if (!data) {
            showError(this, windowTitle(), data.error());
            return;
        }
        m_at = data.value().receivedAt;
        m_address = data.value().incidentPlace;
        m_description = data.value().summary;
        if (!data.value().details.isEmpty())
            m_description += QStringLiteral(". ") + data.value().details;
        m_unitName = unitAsWritten(data.value().unit.unitName);
    }
    LegalFormsRepo forms(db, m_clock);
    if (m_unitName.isEmpty()) {
        if (auto unit = forms.unitAt(m_session, m_clock.now().date()))
            m_unitName = unitAsWritten(unit.value().unitName);
    }
    // The hamlet with its kind, and the groups: the hamlet's and its neighbours'.
    PlaceRepo places(db, m_clock);
    auto hamlets = places.hamlets(m_session);
    if (!hamlets || placeId <= 0)
        return;
    QStringList groups;
    auto neighbours = places.neighbours(m_session, placeId);
    for (const PlaceRow& p : hamlets.value()) {
        const QString named = p.kindLabel + QLatin1Char(' ') + p.name;
        if (p.id == placeId) {
            m_hamlet = named;
            groups.prepend(named);
        } else if (neighbours && neighbours.value().contains(p.id)) {
            groups.append(named);
        }
    }
    m_groups->setText(groups.join(QStringLiteral(", ")));
}

void ZaloNoticeDialog::redraft() {
    if (m_edited)
        return;
    QString text;
    if (m_caseId) {
        CaseNoticeFacts f;
        f.unitName = m_unitName;
        f.title = m_title;
        f.occurredAt = m_at;
        f.hamlet = m_hamlet;
        f.address = m_address;
        f.suspectDescription = m_suspect->text().trimmed();
        f.vehicle = m_vehicle->text().trimmed();
        f.plate = m_plate->text().trimmed();
        f.stationPhone = m_phone->text().trimmed();
        text = zaloCaseNotice(f);
    } else {
        LostPersonNoticeFacts f;
        f.unitName = m_unitName;
        f.personName = m_suspect->text().trimmed();
        f.age = m_vehicle->text().trimmed();
        f.since = m_at;
        f.lastSeen = m_address;
        f.description = m_description;
        f.stationPhone = m_phone->text().trimmed();
        text = zaloLostPersonNotice(f);
    }
    m_loading = true;
    m_text->setPlainText(text);
    m_loading = false;
}

void ZaloNoticeDialog::updateWarning() {
    auto check =
        ZaloNoticeRepo(m_register.database(), m_clock).check(m_session, m_urgent->isChecked());
    if (!check) {
        m_warning->setText(check.error().message);
        m_warning->show();
        m_outside = false;
        return;
    }
    m_outside = !check.value().inOfficeHours && !m_urgent->isChecked();
    m_warning->setText(check.value().warning);
    m_warning->setVisible(!check.value().warning.isEmpty());
}

void ZaloNoticeDialog::copyToClipboard() {
    QGuiApplication::clipboard()->setText(m_text->toPlainText());
}

void ZaloNoticeDialog::markPosted() {
    updateWarning();
    if (m_outside &&
        !askYesNo(this, windowTitle(),
                  tr("It is outside the groups' office hours and the notice is not marked "
                     "urgent. Record it as posted anyway?")))
        return;
    record();
}

void ZaloNoticeDialog::record() {
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        showError(this, windowTitle(),
                  makeError(ErrorCode::InvalidInput, tr("The notice is empty.")));
        return;
    }
    ZaloNoticeRepo repo(m_register.database(), m_clock);
    Result<qint64> done =
        m_caseId ? repo.recordPosted(m_session, m_caseId, text, m_urgent->isChecked(),
                                     m_groups->text().trimmed())
                 : repo.recordPostedForTip(m_session, m_tipId, text, m_urgent->isChecked());
    if (!done) {
        showError(this, windowTitle(), done.error());
        return;
    }
    if (!m_phone->text().trimmed().isEmpty())
        QSettings().setValue(kPhoneKey, m_phone->text().trimmed());
    Q_EMIT posted();
    accept();
}

} // namespace binhyen::ui
