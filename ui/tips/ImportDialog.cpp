#include "ui/tips/ImportDialog.h"

#include "models/domain/import/CsvReader.h"
#include "models/repo/tips/TipImportRepo.h"
#include "models/store/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QWidget* group(const QString& title, QWidget* content) {
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

ImportDialog::ImportDialog(Register& reg, const Clock& clock, const Session& session,
                           QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setWindowTitle(tr("Import the old tip register (CSV)"));
    buildLayout();
    clearPreview(tr("Choose a CSV file to import."));
}

void ImportDialog::buildLayout() {
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto* browse = new QPushButton(tr("Choose file…"), this);
    browse->setObjectName(QStringLiteral("chooseFile"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (TextEncoding e :
         {TextEncoding::Utf8, TextEncoding::Windows1258, TextEncoding::Tcvn3, TextEncoding::Vni})
        m_encoding->addItem(encodingLabel(e), int(e));
    m_encoding->setEnabled(false);
    connect(m_encoding, &QComboBox::activated, this, [this] {
        fillMapping();
        refreshPreview();
    });
    m_detectedLabel = new QLabel(this);
    m_detectedLabel->setObjectName(QStringLiteral("detectedEncoding"));
    m_separator = new QLabel(this);
    m_separator->setObjectName(QStringLiteral("separator"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* encodingRow = new QHBoxLayout;
    auto* encodingLabelWidget = new QLabel(tr("&Encoding:"), this);
    encodingLabelWidget->setBuddy(m_encoding);
    encodingRow->addWidget(encodingLabelWidget);
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_detectedLabel);
    encodingRow->addSpacing(24);
    encodingRow->addWidget(m_separator);
    encodingRow->addStretch(1);

    m_mapping = makeTable(this, QStringLiteral("mappingTable"),
                          {tr("Column in the file"), tr("BinhYen field")});
    m_preview = makeTable(this, QStringLiteral("previewTable"),
                          {tr("Line"), tr("Old number"), tr("Received"), tr("Channel"),
                           tr("Address"), tr("Content"), tr("Informant"), tr("Status")});
    m_problems = makeTable(this, QStringLiteral("problemList"), {tr("Line"), tr("Problem")});

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(group(tr("Column mapping"), m_mapping));
    top->addWidget(group(tr("Preview (as it will be imported)"), m_preview));
    top->setStretchFactor(1, 2);
    top->setSizes({440, 660});
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(group(tr("Errors and warnings by line"), m_problems));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_skipBad = new QCheckBox(tr("Skip the rows with errors"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_skipBad);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(encodingRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_result);
    layout->addLayout(bottom);
    resize(1120, 680);
}

void ImportDialog::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the old tip register"), QDir::homePath(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
    m_result->clear();
    m_imported = 0;
    auto data = TipImportRepo::readFile(path);
    if (!data) {
        m_data.clear();
        m_encoding->setEnabled(false);
        m_mapping->setRowCount(0);
        clearPreview(data.error().text());
        return false;
    }
    m_data = data.take();
    m_detected = detectEncoding(m_data.left(256 * 1024));
    const TextEncoding shown =
        m_detected == TextEncoding::Windows1258 || m_detected == TextEncoding::Tcvn3 ||
                m_detected == TextEncoding::Vni
            ? m_detected
            : TextEncoding::Utf8; // UTF-8 decodes with or without its byte order mark
    setEncoding(shown);
    m_detectedLabel->setText(m_detected == TextEncoding::Unknown
                                 ? tr("(not recognised; check the preview)")
                                 : tr("(detected: %1)").arg(encodingLabel(m_detected)));
    m_encoding->setEnabled(true);
    return true;
}

TextEncoding ImportDialog::encoding() const {
    return TextEncoding(m_encoding->currentData().toInt());
}

void ImportDialog::setEncoding(TextEncoding encoding) {
    const int index = m_encoding->findData(int(encoding));
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
    fillMapping();
    refreshPreview();
}

void ImportDialog::fillMapping() {
    // The header line of the text as decoded now (a header cut inside a field is not a header).
    const QString text = decode(m_data.left(64 * 1024), encoding());
    const CsvResult csv = CsvReader().read(QStringView(text).left(text.indexOf(QLatin1Char('\n'))));
    m_header = csv.rows.isEmpty() ? QStringList() : csv.rows.first().fields;
    m_separator->setText(tr("Separator: %1").arg(separatorText(CsvReader::detectSeparator(text))));
    const ImportMapping mapping = defaultImportMapping(m_header);
    m_mapping->setRowCount(0); // the old field choices go
    m_mapping->setRowCount(int(m_header.size()));
    for (int row = 0; row < m_header.size(); ++row) {
        auto* source = new QTableWidgetItem(m_header.at(row).trimmed());
        source->setToolTip(source->text());
        m_mapping->setItem(row, 0, source);
        auto* combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("field%1").arg(row));
        combo->addItem(tr("(ignore)"), int(ImportField::Ignore));
        for (ImportField field : allImportFields())
            combo->addItem(importFieldLabel(field), int(field));
        combo->setCurrentIndex(qMax(0, combo->findData(int(mapping.value(row)))));
        connect(combo, &QComboBox::activated, this, &ImportDialog::refreshPreview);
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
    int fieldWidth = 0;
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        fieldWidth = qMax(fieldWidth, m_mapping->cellWidget(row, 1)->sizeHint().width());
    m_mapping->setColumnWidth(1, fieldWidth);
    if (m_mapping->rowCount() > 0)
        m_mapping->verticalHeader()->setDefaultSectionSize(
            m_mapping->cellWidget(0, 1)->sizeHint().height() + 2);
}

ImportMapping ImportDialog::mapping() const {
    ImportMapping out;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        out << (combo ? ImportField(combo->currentData().toInt()) : ImportField::Ignore);
    }
    return out;
}

QString ImportDialog::separatorText(QChar separator) const {
    if (separator == QLatin1Char(';'))
        return tr("semicolon (;)");
    return tr("comma (,)");
}

} // namespace binhyen::ui
