#include "seeddata.h"

#include <QStringList>

namespace Sandbox::SeedData {

const QList<Person>& acmePeople()
{
    // Varied on purpose: non-ASCII letters, apostrophes, hyphens and particles in names; the e-mail's
    // local part is the ASCII-folded first.last.
    static const QList<Person> people{
        {u"Aaron Abbott", "aaron.abbott@acme.example"},
        {u"Ana García", "ana.garcia@acme.example"},
        {u"Łukasz O'Brien", "lukasz.obrien@acme.example"},
        {u"Olga Müller", "olga.muller@acme.example"},
        {u"Chloé Dubois", "chloe.dubois@acme.example"},
        {u"Wei Zhang", "wei.zhang@acme.example"},
        {u"Priya Raman", "priya.raman@acme.example"},
        {u"Jürgen Schäfer", "jurgen.schafer@acme.example"},
        {u"Siobhán Ní Bhriain", "siobhan.nibhriain@acme.example"},
        {u"José Álvarez", "jose.alvarez@acme.example"},
        {u"Mei Tanaka", "mei.tanaka@acme.example"},
        {u"Noah Williams", "noah.williams@acme.example"},
        {u"Emma Johnson", "emma.johnson@acme.example"},
        {u"Liam Smith", "liam.smith@acme.example"},
        {u"Sofia Rossi", "sofia.rossi@acme.example"},
        {u"Mateo Fernández", "mateo.fernandez@acme.example"},
        {u"Fatima Al-Sayed", "fatima.al-sayed@acme.example"},
        {u"Kwame Mensah", "kwame.mensah@acme.example"},
        {u"Ingrid Johansson", "ingrid.johansson@acme.example"},
        {u"Björn Lindqvist", "bjorn.lindqvist@acme.example"},
        {u"Anaïs Lefèvre", "anais.lefevre@acme.example"},
        {u"Dmitri Ivanov", "dmitri.ivanov@acme.example"},
        {u"Yuki Sato", "yuki.sato@acme.example"},
        {u"Carlos Pereira", "carlos.pereira@acme.example"},
        {u"João Silva", "joao.silva@acme.example"},
        {u"Marta Kowalska", "marta.kowalska@acme.example"},
        {u"Henrik Nielsen", "henrik.nielsen@acme.example"},
        {u"Aisha Bello", "aisha.bello@acme.example"},
        {u"Giulia Bianchi", "giulia.bianchi@acme.example"},
        {u"Lars Eriksen", "lars.eriksen@acme.example"},
        {u"Zoë van der Berg", "zoe.vanderberg@acme.example"},
        {u"Oliver Brown", "oliver.brown@acme.example"},
        {u"Amelia Davis", "amelia.davis@acme.example"},
        {u"Hiroshi Nakamura", "hiroshi.nakamura@acme.example"},
        {u"Nadia Haddad", "nadia.haddad@acme.example"},
        {u"Pierre Martin", "pierre.martin@acme.example"},
        {u"Elena Popescu", "elena.popescu@acme.example"},
        {u"Tomáš Novák", "tomas.novak@acme.example"},
        {u"Sarah O'Connor", "sarah.oconnor@acme.example"},
        {u"Rahul Gupta", "rahul.gupta@acme.example"},
        {u"Camille Laurent", "camille.laurent@acme.example"},
        {u"Ahmed Hassan", "ahmed.hassan@acme.example"},
        {u"Éva Horváth", "eva.horvath@acme.example"},
        {u"Lucas Moreau", "lucas.moreau@acme.example"},
        {u"Hannah Becker", "hannah.becker@acme.example"},
        {u"Ivan Petrov", "ivan.petrov@acme.example"},
        {u"Chen Li", "chen.li@acme.example"},
        {u"Isabella Costa", "isabella.costa@acme.example"},
        {u"Mohammed Rahman", "mohammed.rahman@acme.example"},
        {u"Grace Kim", "grace.kim@acme.example"},
        {u"Daniel Cohen", "daniel.cohen@acme.example"},
        {u"Laura Schmidt", "laura.schmidt@acme.example"},
        {u"Pablo Ruiz", "pablo.ruiz@acme.example"},
        {u"Anna Nowak", "anna.nowak@acme.example"},
        {u"Felix Wagner", "felix.wagner@acme.example"},
        {u"Leila Karimi", "leila.karimi@acme.example"},
        {u"Samuel Okafor", "samuel.okafor@acme.example"},
        {u"Valentina Greco", "valentina.greco@acme.example"},
        {u"Erik Andersson", "erik.andersson@acme.example"},
        {u"Nora Lindberg", "nora.lindberg@acme.example"},
        {u"Thomas Müller-Lüdenscheidt", "thomas.muller-ludenscheidt@acme.example"},
        {u"Maya Patel", "maya.patel@acme.example"},
        {u"Omar Farouk", "omar.farouk@acme.example"},
        {u"Zuzana Dvořáková", "zuzana.dvorakova@acme.example"},
    };
    return people;
}

const QList<Person>& tinyPeople()
{
    static const QList<Person> people{
        {u"Tina Small", "tina.small@tiny.example"},
        {u"Sam Founder", "sam.founder@tiny.example"},
        {u"Alex Jones", "alex.jones@tiny.example"},
    };
    return people;
}

const QList<PolicySeed>& acmePolicies()
{
    static const QList<PolicySeed> policies{
        {"windows", u"Corporate Security Baseline", u"Firewall, Defender and password rules for every PC.",
         3},
        {"windows", u"Kiosk Lockdown", u"Single-app kiosk for reception and warehouse terminals.", 1},
        {"windows", u"Developer Workstation", u"Baseline plus WSL, Docker and local admin on request.", 5},
        {"windows", u"BitLocker & Defender", u"Disk encryption and endpoint protection only.", 2},
        {"android", u"Corporate Security Baseline", u"Screen lock, encryption and managed Play store.", 4},
        {"android", u"Field Worker Kiosk", u"Locked task mode with the field-service apps.", 2},
        {"android", u"BYOD Work Profile", u"Work profile on personal phones; no device control.", 1},
        {"apple", u"Corporate Security Baseline", u"Passcode, FileVault and managed apps.", 2},
        {"apple", u"Executive iPhone", u"Supervised iPhones for the leadership team.", 1},
    };
    return policies;
}

const QList<PolicySeed>& tinyPolicies()
{
    static const QList<PolicySeed> policies{
        {"windows", u"Default Windows", u"The starter policy.", 1},
        {"android", u"Default Android", u"The starter policy.", 1},
    };
    return policies;
}

const QList<QStringList>& userTags()
{
    static const QList<QStringList> tags{
        {QStringLiteral("engineering")},
        {QStringLiteral("sales"), QStringLiteral("emea")},
        {QStringLiteral("support")},
        {QStringLiteral("finance"), QStringLiteral("amer")},
        {},
        {QStringLiteral("marketing")},
        {QStringLiteral("engineering"), QStringLiteral("apac")},
        {QStringLiteral("operations"), QStringLiteral("field")},
    };
    return tags;
}

} // namespace Sandbox::SeedData
