namespace PolicyAnalyzers.Shared;

/// <summary>
/// What a column, JSON member or code member holds, judged from its name. <see cref="FieldKinds"/> says what each kind
/// is (its role and label); a new kind is a row there.
/// </summary>
internal enum FieldKind
{
    /// <summary>Nothing this scanner looks at.</summary>
    None,

    /// <summary>A bare "Name": people, products, countries or facilities alike. Counts only next to other evidence.</summary>
    Name,

    /// <summary>A person's full name without saying who the person is ("Full Name", "Legal Name", "Contact Name").</summary>
    PersonName,

    /// <summary>
    /// The person each row is about, named by their role: "Detainee", "Applicant Name", "player_name", "appointee",
    /// "Raw_Guest_List", "bioname". Statistics beside it ("raptor_total") describe that person, not a group.
    /// </summary>
    Person,

    /// <summary>"First Name", "Given Name", "FIRST_NM", "Middle Name".</summary>
    GivenName,

    /// <summary>"Last Name", "Surname", "LAST_NM".</summary>
    FamilyName,

    DateOfBirth,

    /// <summary>Nationality, citizenship or country of birth.</summary>
    Nationality,

    /// <summary>An alien registration number (A-Number).</summary>
    ANumber,

    /// <summary>A US social security number.</summary>
    Ssn,

    Email,

    Phone,

    Passport,

    /// <summary>A detention facility or other place where the person is held.</summary>
    Facility,

    /// <summary>Status or stage of an immigration or court case.</summary>
    CaseStatus,

    Gender,

    Address,

    /// <summary>A national identity, national insurance or tax number.</summary>
    NationalId,

    DrivingLicence,

    /// <summary>A place or country of birth (the data scan counts a country of birth as a nationality).</summary>
    PlaceOfBirth,

    Ethnicity,

    Religion,

    /// <summary>An aggregate ("Count", "Total", "Number of ..."): the table describes groups, not people.</summary>
    Count,
}
