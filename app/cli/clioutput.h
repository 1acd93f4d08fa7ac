#pragma once
// What enrolldesk-cli prints: what an admin needs (link, code, state, expiry in local time), or JSON.

#include "apierror.h"
#include "types.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Cli {

class Output
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Output)
public:
    Output();
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    void token(const EnrollmentToken& token, bool json);
    void tokenPage(const Page<EnrollmentToken>& page, bool json);
    // What the address list's analysis removed before sending (invalid lines: with --skip-invalid).
    struct ListCounts
    {
        int duplicates = 0;
        int invalidSkipped = 0;
    };
    // A bulk run: the API's counts summed over the answered batches, and the addresses of the batches
    // that were not answered, by what may have happened to them.
    struct BulkReport
    {
        BulkResult counts;
        int batches = 0;
        int batchesAnswered = 0;
        QStringList mayHaveTokens; // a failed batch that may have been carried out
        QStringList notCreated;    // refused, or never sent
    };
    void bulkResult(const BulkReport& report, const ListCounts& counts, bool json);
    void users(const Page<MdmUser>& page, bool json);
    void policies(const Page<Policy>& page, bool json);
    void organizations(const Page<Organization>& page, bool json);
    // An error in plain words, with the raw code for support; returns the exit code it deserves.
    int error(const ApiError& error);
    int usage(const QString& message);
    // One line on stderr, written out at once (a note beside the output, or an error after a success).
    void line(const QString& text);
    // Whether everything printed on stdout so far has been written out; when not (a full disk, a closed
    // pipe, /dev/full), says so on stderr. Flushes stdout.
    bool outWritten();
    // The profile whose key a command uses, named in the remedy for a missing or rejected key.
    void setProfileName(const QString& name) { m_profileName = name; }

    static QString localTime(const QDateTime& time);

private:
    // After a page of a list (windows list, users search): "Page 1 of 4 · 64 items; --page 2 for more"
    // below the rows, or with --json on stderr when a later page exists (the JSON may not say it); and
    // on stderr, when `page` is past the last page, that the list is not empty.
    void pager(int page, int totalPages, int totalDocs, bool json);
    QString keyRemedy(const ApiError& error) const;
    QString m_profileName;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Cli
