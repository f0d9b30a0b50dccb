#include "ui/persons/ResidentImportDialog.h"

#include "models/domain/import/CsvReader.h"
#include "models/repo/persons/ResidentImportRepo.h"
#include "models/store/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QWidget* group(const QString& title, QWidget* content) {
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ResidentImportDialog::ResidentImportDialog(Register& reg, const Clock& clock,
                                           const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setWindowTitle(tr("Import residents from a hamlet's sheet (CSV)"));
    buildLayout();
    clearPreview(tr("Choose a CSV file saved from the hamlet's sheet."));
}

void ResidentImportDialog::buildLayout() {
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto* browse = new QPushButton(tr("Choose file…"), this);
    browse->setObjectName(QStringLiteral("chooseFile"));
    connect(browse, &QPushButton::clicked, this, &ResidentImportDialog::chooseFile);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (TextEncoding e :
         {TextEncoding::Utf8, TextEncoding::Windows1258, TextEncoding::Tcvn3, TextEncoding::Vni})
        m_encoding->addItem(encodingLabel(e), int(e));
    m_encoding->setEnabled(false);
    connect(m_encoding, &QComboBox::activated, this,
            [this] { setEncoding(TextEncoding(m_encoding->currentData().toInt())); });
    m_detectedLabel = new QLabel(this);
    m_detectedLabel->setObjectName(QStringLiteral("detectedEncoding"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("textPreview"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumHeight(m_text->fontMetrics().height() * 7);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* encodingRow = new QHBoxLayout;
    auto* encodingCaption = new QLabel(tr("&Encoding:"), this);
    encodingCaption->setBuddy(m_encoding);
    encodingRow->addWidget(encodingCaption);
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_detectedLabel);
    encodingRow->addStretch(1);

    m_mapping = makeTable(this, QStringLiteral("mappingTable"),
                          {tr("Column in the file"), tr("BinhYen field")});
    m_preview = makeTable(this, QStringLiteral("previewTable"),
                          {tr("Line"), tr("Full name"), tr("Year of birth"), tr("ID number"),
                           tr("Phone"), tr("Hamlet"), tr("Status")});
    m_problems = makeTable(this, QStringLiteral("problemList"), {tr("Line"), tr("Problem")});

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(group(tr("Column mapping"), m_mapping));
    top->addWidget(group(tr("Preview (as it will be imported)"), m_preview));
    top->setStretchFactor(1, 2);
    top->setSizes({420, 680});
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(group(tr("The first lines, as decoded"), m_text));
    split->addWidget(top);
    split->addWidget(group(tr("Errors, duplicates and warnings by line"), m_problems));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setSizes({130, 360, 160});

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_skipBad = new QCheckBox(tr("Skip the rows with errors"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_import, &QPushButton::clicked, this, &ResidentImportDialog::runImport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_skipBad);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(encodingRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_result);
    layout->addLayout(bottom);
    resize(1120, 720);
}

void ResidentImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the hamlet's residents sheet"), QDir::homePath(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ResidentImportDialog::loadFile(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
    m_result->clear();
    m_imported = 0;
    m_progress->setValue(0);
    auto data = ResidentImportRepo::readFile(path);
    if (!data) {
        m_data.clear();
        m_encoding->setEnabled(false);
        m_mapping->setRowCount(0);
        m_text->clear();
        clearPreview(data.error().text());
        return false;
    }
    m_data = data.take();
    m_detected = detectEncoding(m_data.left(256 * 1024));
    const bool legacy = m_detected == TextEncoding::Windows1258 ||
                        m_detected == TextEncoding::Tcvn3 || m_detected == TextEncoding::Vni;
    m_detectedLabel->setText(m_detected == TextEncoding::Unknown
                                 ? tr("(not recognised; check the first lines)")
                                 : tr("(detected: %1)").arg(encodingLabel(m_detected)));
    m_encoding->setEnabled(true);
    setEncoding(legacy ? m_detected : TextEncoding::Utf8); // UTF-8 reads with or without BOM
    return true;
}

TextEncoding ResidentImportDialog::encoding() const {
    return TextEncoding(m_encoding->currentData().toInt());
}

void ResidentImportDialog::setEncoding(TextEncoding encoding) {
    const int index = m_encoding->findData(int(encoding));
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
    const QString text = decode(m_data.left(16 * 1024), this->encoding());
    m_text->setPlainText(text.section(QLatin1Char('\n'), 0, 5));
    fillMapping();
    refreshPreview();
}

void ResidentImportDialog::fillMapping() {
    const QString text = decode(m_data.left(64 * 1024), encoding());
    const CsvResult csv = CsvReader().read(QStringView(text).left(text.indexOf(QLatin1Char('\n'))));
    m_header = csv.rows.isEmpty() ? QStringList() : csv.rows.first().fields;
    const ResidentMapping mapping = defaultResidentMapping(m_header);
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(m_header.size()));
    for (int row = 0; row < m_header.size(); ++row) {
        m_mapping->setItem(row, 0, cell(m_header.at(row).trimmed()));
        auto* combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("field%1").arg(row));
        combo->addItem(residentFieldLabel(ResidentField::Ignore), int(ResidentField::Ignore));
        for (ResidentField field : allResidentFields())
            combo->addItem(residentFieldLabel(field), int(field));
        combo->setCurrentIndex(qMax(0, combo->findData(int(mapping.value(row)))));
        connect(combo, &QComboBox::activated, this, &ResidentImportDialog::refreshPreview);
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
    int fieldWidth = 0;
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        fieldWidth = qMax(fieldWidth, m_mapping->cellWidget(row, 1)->sizeHint().width());
    m_mapping->setColumnWidth(1, fieldWidth);
}

ResidentMapping ResidentImportDialog::mapping() const {
    ResidentMapping out;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        out << (combo ? ResidentField(combo->currentData().toInt()) : ResidentField::Ignore);
    }
    return out;
}

void ResidentImportDialog::setField(int column, ResidentField field) {
    auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 1));
    if (!combo)
        return;
    combo->setCurrentIndex(qMax(0, combo->findData(int(field))));
    refreshPreview();
}

} // namespace binhyen::ui
