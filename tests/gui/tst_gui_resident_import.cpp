// The residents import dialog (issue 6 item 6), offscreen: a chief loads a hamlet's sheet written
// in Windows-1258; the encoding is detected and the first lines read as Vietnamese; the mapping
// is prefilled from the header and can be changed; the preview shows a duplicate of the register
// as skipped; a sheet with an unknown hamlet writes nothing until its bad row is skipped; the
// import fills the progress bar. An officer's dialog imports nothing.
#include "models/domain/import/TextDecoding.h"
#include "models/repo/persons/PersonRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/persons/ResidentImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

const QString kSheet = QStringLiteral(BINHYEN_TEST_DATA "/import/residents-windows-1258.csv");

QStringList column(const QTableWidget* table, int column) {
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
}

QString labelText(QWidget* root, const char* name) {
    auto* label = root->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

} // namespace

class TestGuiResidentImport : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    QTemporaryDir m_dir;

    qint64 persons() {
        QSqlQuery q(s->db());
        return q.exec(QStringLiteral("SELECT count(*) FROM persons")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        useVietnamese();
        QVERIFY(m_dir.isValid());
    }
    void init() {
        s = std::make_unique<AuditStation>();
        insider::exec(s->db(), QStringLiteral("INSERT INTO places (kind, name, commune_code, "
                                              "valid_from) VALUES ('ap', 'Cây Cám', '26680', "
                                              "'2018-01-01'), ('ap', 'Phước Lợi', '26680', "
                                              "'2018-01-01')"));
    }
    void cleanup() { s.reset(); }

    void importsASheetThroughItsSteps() {
        NewPerson existing;
        existing.fullName = QStringLiteral("Võ Văn Em");
        existing.phone = QStringLiteral("0977 000 111");
        QVERIFY(PersonRepo(s->db(), s->clock).create(s->chief, existing).ok());

        ui::ResidentImportDialog dialog(*s->t.reg, s->clock, s->chief);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(dialog.loadFile(kSheet));

        // Encoding, with the first lines as decoded.
        QCOMPARE(dialog.encoding(), TextEncoding::Windows1258);
        QVERIFY(labelText(&dialog, "detectedEncoding").contains(QStringLiteral("Windows-1258")));
        auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("textPreview"));
        QVERIFY(text && text->toPlainText().contains(QStringLiteral("Nguyễn Văn An")));

        // Mapping, prefilled from the header.
        auto* mapping = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        QVERIFY(mapping);
        QCOMPARE(mapping->rowCount(), 8);
        QCOMPARE(dialog.mapping(),
                 ResidentMapping({ResidentField::FullName, ResidentField::BirthYear,
                                  ResidentField::IdNumber, ResidentField::Phone,
                                  ResidentField::Address, ResidentField::Hamlet,
                                  ResidentField::Household, ResidentField::Consent}));

        // Preview: five rows, hamlets matched, the register's duplicate skipped.
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 5);
        QVERIFY(column(preview, 1).contains(QStringLiteral("Lê Văn Cường")));
        QCOMPARE(column(preview, 4).value(1), QStringLiteral("0912345678"));
        QCOMPARE(column(preview, 5).value(1), QStringLiteral("Cây Cám")); // "ap cay cam" matched
        QCOMPARE(column(preview, 5).value(4), QStringLiteral("Phước Lợi"));
        auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problemList"));
        QVERIFY(problems);
        QVERIFY(column(problems, 0).contains(QStringLiteral("6")));
        QVERIFY(column(problems, 1).join(QLatin1Char('\n')).contains(QStringLiteral("0977000111")));

        // Another encoding breaks the text; back, it reads again.
        dialog.setEncoding(TextEncoding::Tcvn3);
        QVERIFY(!text->toPlainText().contains(QStringLiteral("Nguyễn Văn An")));
        dialog.setEncoding(TextEncoding::Windows1258);
        QVERIFY(column(preview, 1).contains(QStringLiteral("Lê Văn Cường")));

        // The mapping step: the name column ignored → not a residents sheet; back again.
        dialog.setField(0, ResidentField::Ignore);
        QCOMPARE(preview->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        dialog.setField(0, ResidentField::FullName);
        QCOMPARE(preview->rowCount(), 5);

        QTest::qWait(50); // layouts and replaced cell widgets settle
        QVERIFY(dialog.grab().save(
            QDir(QDir::tempPath()).filePath(QStringLiteral("binhyen-resident-import.png"))));

        const qint64 before = persons();
        QSignalSpy imported(&dialog, &ui::ResidentImportDialog::imported);
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(dialog.runImport());
        QCOMPARE(dialog.importedCount(), 4);
        QCOMPARE(persons(), before + 4);
        QCOMPARE(imported.count(), 1);
        auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("progress"));
        QCOMPARE(progress->maximum(), 4);
        QCOMPARE(progress->value(), 4);
        QVERIFY(labelText(&dialog, "result").contains(QStringLiteral("4")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        auto verdict = s->audit().verify(nullptr);
        QVERIFY(verdict.ok() && verdict.value().intact);
    }

    void aBadRowStopsTheImportUntilSkipped() {
        QFile file(m_dir.filePath(QStringLiteral("ap-ben-da.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Họ và tên,Năm sinh,SĐT,Ấp\n"
                                  "Nguyễn Văn An,1975,0909123456,Cây Cám\n"
                                  "Trần Thị Bình,1980,0912345678,Ấp Bến Đá\n")
                       .toUtf8());
        file.close();
        ui::ResidentImportDialog dialog(*s->t.reg, s->clock, s->chief);
        QVERIFY(dialog.loadFile(file.fileName()));
        auto* problems = dialog.findChild<QTableWidget*>(QStringLiteral("problemList"));
        QCOMPARE(column(problems, 0), QStringList{QStringLiteral("3")});
        QVERIFY(column(problems, 1).value(0).contains(QStringLiteral("Bến Đá")));
        const qint64 before = persons();
        QVERIFY(!dialog.runImport());
        QCOMPARE(persons(), before);
        dialog.findChild<QCheckBox*>(QStringLiteral("skipBadRows"))->setChecked(true);
        QVERIFY(dialog.runImport());
        QCOMPARE(persons(), before + 1);
    }

    void anOfficerImportsNothing() {
        ui::ResidentImportDialog dialog(*s->t.reg, s->clock, s->officer);
        QVERIFY(dialog.loadFile(kSheet));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        const qint64 before = persons();
        QVERIFY(!dialog.runImport());
        QCOMPARE(persons(), before);
    }
};

QTEST_MAIN(TestGuiResidentImport)
#include "tst_gui_resident_import.moc"
