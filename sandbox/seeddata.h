#pragma once
// The fixed tables the seed is built from (names, e-mails, policies). No randomness anywhere.

#include <QList>
#include <QString>

namespace Sandbox::SeedData {

struct Person
{
    const char16_t* name;
    const char* email; // full address
};

// 64 people of Acme Corp; "aaron.abbott@acme.example" sorts first by e-mail.
const QList<Person>& acmePeople();
// 3 people of Tiny Startup.
const QList<Person>& tinyPeople();

struct PolicySeed
{
    const char* type; // windows | android | apple
    const char16_t* name;
    const char16_t* description;
    int version;
};

const QList<PolicySeed>& acmePolicies();
const QList<PolicySeed>& tinyPolicies();

// Tags given to seeded users, picked by index.
const QList<QStringList>& userTags();

} // namespace Sandbox::SeedData
