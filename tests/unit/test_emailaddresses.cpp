// EmailAddresses: the parser's compact list of unique addresses. Spans of the parsed bytes and rewritten
// addresses read back alike, the parsed bytes are let go of when the addresses fill little of them, and a
// batch of a bulk run (mid) is the same whichever way the list was built.

#include "emailaddresses.h"
#include "emaillist.h"

#include <QtTest>

class TestEmailAddresses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromStringList()
    {
        const QStringList list{QStringLiteral("ana@example.com"), QStringLiteral("j\u00fcrgen@example.com"),
                               QStringLiteral("li@example.cn")};
        const EmailAddresses addresses(list);
        QCOMPARE(addresses.size(), 3);
        QVERIFY(!addresses.isEmpty());
        QCOMPARE(addresses.at(1), list.at(1));
        QCOMPARE(addresses.at(2), list.at(2));
        QCOMPARE(addresses.last(), list.last());
        QCOMPARE(addresses.toList(), list);
        QCOMPARE(addresses.mid(1), list.mid(1));
        QCOMPARE(addresses.mid(1, 1), list.mid(1, 1));
        QCOMPARE(addresses.mid(2, 10), list.mid(2, 10));
        QCOMPARE(addresses.mid(5), QStringList());
        QVERIFY(addresses.contains(QStringLiteral("j\u00fcrgen@example.com")));
        QVERIFY(!addresses.contains(QStringLiteral("JURGEN@example.com")));
        QStringList iterated;
        for (const QString& address : addresses)
            iterated << address;
        QCOMPARE(iterated, list);
        QVERIFY(EmailAddresses().isEmpty());
        QCOMPARE(EmailAddresses().toList(), QStringList());
    }

    void spansAndRewrittenMix()
    {
        const QByteArray source = "xx ana@example.com yy bob@example.org";
        EmailAddresses addresses;
        addresses.setSource(source);
        addresses.appendSpan(source.constData() + 3, 15);
        addresses.append(QStringLiteral("\u00e9lodie@example.fr"));
        addresses.appendSpan(source.constData() + 22, 15);
        QCOMPARE(addresses.toList(),
                 QStringList({QStringLiteral("ana@example.com"), QStringLiteral("\u00e9lodie@example.fr"),
                              QStringLiteral("bob@example.org")}));
        // Equal lists compare equal however they are stored.
        QVERIFY(addresses == EmailAddresses(addresses.toList()));
        QVERIFY(!(addresses == EmailAddresses(addresses.mid(1))));
        QVERIFY(
            !(addresses == EmailAddresses(addresses.toList().mid(0, 2) << QStringLiteral("x@example.org"))));
    }

    // The parsed bytes are kept while the addresses are most of them, and copied out of them otherwise.
    void squeezeLetsGoOfASparseSource()
    {
        QByteArray dense;
        QByteArray sparse = "email,notes\n";
        for (int i = 0; i < 1000; ++i) {
            const QByteArray address = "user" + QByteArray::number(i) + "@example.com";
            dense += address + '\n';
            sparse += address + ',' + QByteArray(200, 'n') + '\n';
        }
        const EmailListAnalysis fromDense = EmailListParser::parse(dense);
        const EmailListAnalysis fromSparse = EmailListParser::parse(sparse);
        QCOMPARE(fromDense.valid.size(), 1000);
        QCOMPARE(fromSparse.valid.toList(), fromDense.valid.toList());
        QVERIFY(fromDense.valid.heldBytes() >= dense.size()); // shares the parsed bytes
        QVERIFY2(fromSparse.valid.heldBytes() < sparse.size() / 4,
                 qPrintable(QString::number(fromSparse.valid.heldBytes())));
    }

    // The list holds on to what it points into: the parsed text may go away first.
    void outlivesTheParsedText()
    {
        EmailListAnalysis analysis;
        {
            QString text = QStringLiteral("ana@example.com\nbob@example.org\n");
            analysis = EmailListParser::parse(QStringView(text));
            text.fill(u'x');
        }
        QCOMPARE(analysis.valid.toList(),
                 QStringList({QStringLiteral("ana@example.com"), QStringLiteral("bob@example.org")}));
        QByteArray bytes = "carl@example.net\r\n";
        const EmailListAnalysis fromBytes = EmailListParser::parse(bytes);
        bytes.fill('x'); // detaches: the list still sees what was parsed
        QCOMPARE(fromBytes.valid.toList(), QStringList{QStringLiteral("carl@example.net")});
    }
};

QTEST_GUILESS_MAIN(TestEmailAddresses)
#include "test_emailaddresses.moc"
