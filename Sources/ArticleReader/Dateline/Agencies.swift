/// News agencies and wire services whose names appear in datelines (`MOSCOW, Dec. 15 (Reuters) -`),
/// source lines (`(Xinhua)`) and bylines (`By Jane Doe, Reuters`).
///
/// Edit the table below to add one: one name per line, as it is printed. Matching ignores case.
enum Agencies {
    static let table = """
        # FORMAT: one agency name per line, as printed in datelines and bylines.
        # Used to tell `By Jane Doe, Reuters` (agency Reuters) from `By Jane Doe, Staff Writer`.
        Reuters
        Thomson Reuters
        AP
        Associated Press
        The Associated Press
        AFP
        Agence France-Presse
        Agence France Presse
        Xinhua
        Xinhua News Agency
        Bloomberg
        Bloomberg News
        TASS
        ITAR-TASS
        RIA Novosti
        Interfax
        Sputnik
        dpa
        Deutsche Presse-Agentur
        EFE
        ANSA
        Kyodo
        Kyodo News
        Yonhap
        Anadolu
        Anadolu Agency
        PTI
        Press Trust of India
        IANS
        ANI
        UPI
        United Press International
        CNA
        Central News Agency
        Bernama
        Antara
        PA
        PA Media
        Press Association
        CP
        The Canadian Press
        AAP
        Australian Associated Press
        IRNA
        WAM
        SPA
        MENA
        KUNA
        Agencies
        CNN
        BBC
        """

    static let names: Set<String> = Set(DataTable.rows(table, columns: 1).map { $0.value.lowercased() })

    /// Whether `name` is a known agency.
    static func contains(_ name: some StringProtocol) -> Bool { names.contains(name.lowercased()) }
}
