/// Abbreviations that end with a dot without ending a sentence, and the words that usually open one.
///
/// Extend the tables line by line; `AbbreviationsTests` checks that every row parses.
enum Abbreviations {
    static let table = """
        # FORMAT: KIND, spaces, the abbreviation exactly as printed, with its dots. Case matters
        # ("Miss." and "miss." are different words).
        #   title   stands before a name and never ends a sentence: "Mr. Kerry", "Gen. Dunford", "St. Louis".
        #   month   ends a sentence only when no day follows: "on Nov. 14" goes on, "since Nov. The talks" ends.
        #   number  stands before a number: "No. 10 Downing Street"; with no number after it, it ends a sentence.
        #   other   may end a sentence; it does when the next word usually opens one ("in the U.S. The talks"),
        #           not otherwise ("U.S. officials", "9 a.m. Tuesday", "Acme Inc. shares").
        title   Mr.
        title   Mrs.
        title   Ms.
        title   Messrs.
        title   Mmes.
        title   Dr.
        title   Prof.
        title   Rev.
        title   Fr.
        title   Hon.
        title   Pres.
        title   Cllr.
        title   Supt.
        title   Const.
        title   Sgt.-Maj.
        title   Gov.
        title   Sen.
        title   Rep.
        title   Reps.
        title   Sens.
        title   Amb.
        title   Atty.
        title   Gen.
        title   Lt.
        title   Col.
        title   Maj.
        title   Capt.
        title   Cmdr.
        title   Adm.
        title   Sgt.
        title   Cpl.
        title   Pvt.
        title   Brig.
        title   Det.
        title   Insp.
        title   Insp.-Gen.
        title   Lt.-Gen.
        title   Maj.-Gen.
        title   St.
        title   Ste.
        title   Mt.
        title   Ft.
        title   MR.
        title   DR.
        month   Jan.
        month   Feb.
        month   Mar.
        month   Apr.
        month   Jun.
        month   Jul.
        month   Aug.
        month   Sep.
        month   Sept.
        month   Oct.
        month   Nov.
        month   Dec.
        number  No.
        number  Nos.
        number  no.
        number  Vol.
        number  Art.
        number  Fig.
        number  Ch.
        number  Sec.
        number  pp.
        number  p.
        number  Rte.
        number  Ref.
        other   U.S.
        other   U.K.
        other   U.N.
        other   E.U.
        other   a.m.
        other   p.m.
        other   A.M.
        other   P.M.
        other   Inc.
        other   Corp.
        other   Ltd.
        other   Co.
        other   Bros.
        other   Plc.
        other   LLC.
        other   Jr.
        other   Sr.
        other   etc.
        other   vs.
        other   v.
        other   e.g.
        other   i.e.
        other   cf.
        other   approx.
        other   est.
        other   Dept.
        other   Univ.
        other   Assn.
        other   Ave.
        other   Blvd.
        other   Rd.
        other   Ala.
        other   Ariz.
        other   Ark.
        other   Calif.
        other   Colo.
        other   Conn.
        other   Del.
        other   Fla.
        other   Ga.
        other   Ill.
        other   Ind.
        other   Kan.
        other   Ky.
        other   La.
        other   Md.
        other   Mass.
        other   Mich.
        other   Minn.
        other   Miss.
        other   Mo.
        other   Mont.
        other   Neb.
        other   Nev.
        other   Okla.
        other   Ore.
        other   Pa.
        other   Tenn.
        other   Tex.
        other   Va.
        other   Vt.
        other   Wash.
        other   Wis.
        other   Wyo.
        """

    /// Capitalized words that usually open a sentence, so after an `other` abbreviation or an initial
    /// they mark a sentence end: "... based in the U.S. The company said ...".
    static let starters = """
        # FORMAT: one word per line, capitalized as it opens a sentence.
        The
        A
        An
        He
        She
        It
        They
        We
        I
        You
        His
        Her
        Its
        Their
        Our
        This
        That
        These
        Those
        There
        Here
        But
        And
        Or
        So
        Yet
        In
        On
        At
        As
        By
        For
        From
        With
        After
        Before
        During
        When
        While
        If
        Although
        Though
        Because
        However
        Meanwhile
        Still
        Also
        Then
        Now
        Some
        Many
        Most
        All
        Both
        Each
        No
        Not
        One
        Two
        Officials
        Police
        What
        Why
        How
        Who
        Where
        """

    enum Kind: String, Sendable, CaseIterable {
        case title, month, number, other
    }

    static let rows: [DataTable.Row] = DataTable.rows(table, columns: 2)

    /// Kinds by the abbreviation's bytes, dots included.
    static let kinds: [[UInt8]: Kind] = {
        var result: [[UInt8]: Kind] = [:]
        for row in rows {
            if let kind = Kind(rawValue: row.kind) { result[Array(row.value.utf8)] = kind }
        }
        return result
    }()

    static let longest: Int = kinds.keys.map(\.count).max() ?? 0

    static let starterWords: Set<[UInt8]> = Set(DataTable.rows(starters, columns: 1).map { Array($0.value.utf8) })
}
