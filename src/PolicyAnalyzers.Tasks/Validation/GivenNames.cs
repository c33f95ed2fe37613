namespace PolicyAnalyzers.DataFiles;

/// <summary>
/// Common given names across the languages of the people in immigration and public-sector records. Used only where
/// no header says a column holds names: "Maria Lopez" and "Blue Chair" are both two capitalised words, and a
/// column where many values start with a known given name holds people.
/// </summary>
internal static class GivenNames
{
    public static TextSet Common { get; } = new(
    [
        // Spanish and Portuguese
        "maria", "jose", "josé", "juan", "ana", "luis", "carlos", "jorge", "pedro", "miguel", "francisco", "antonio",
        "manuel", "jesus", "jesús", "rosa", "carmen", "luz", "marta", "elena", "sofia", "sofía", "lucia", "lucía",
        "diego", "javier", "alejandro", "fernando", "ricardo", "roberto", "mario", "oscar", "óscar", "victor", "víctor",
        "andres", "andrés", "daniel", "david", "gabriel", "rafael", "sergio", "raul", "raúl", "hector", "héctor",
        "guadalupe", "veronica", "verónica", "patricia", "isabel", "teresa", "juana", "alicia", "gloria", "silvia",
        "esperanza", "yesenia", "wilmer", "edwin", "kevin", "brayan", "dayana", "fatima", "fátima", "joao", "joão",
        // English
        "john", "james", "robert", "michael", "william", "richard", "joseph", "thomas", "charles", "christopher",
        "mary", "jennifer", "linda", "elizabeth", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "emily",
        "anna", "laura", "paul", "mark", "peter", "george", "steven", "andrew", "emma", "olivia", "jack", "harry",
        // Arabic, Persian, Turkish, South Asian
        "mohammed", "mohammad", "muhammad", "mohamed", "ahmed", "ahmad", "ali", "omar", "hassan", "hussein", "ibrahim",
        "mustafa", "yusuf", "abdul", "abdullah", "khalid", "aisha", "fatma", "zainab", "mariam", "maryam", "layla",
        "reza", "mehmet", "ayse", "raj", "amit", "priya", "sunita", "ravi", "arjun", "singh", "kaur", "imran",
        // African, Haitian, French
        "jean", "pierre", "marie", "joseph", "emmanuel", "blessing", "chinedu", "kwame", "amina", "abdou", "mamadou",
        "fatou", "moussa", "ousmane", "samuel", "grace", "esther", "nadia", "claude", "jacques", "michel",
        // Slavic, Central Asian
        "ivan", "olga", "natalia", "sergei", "sergey", "dmitri", "alexander", "aleksandr", "oksana", "irina",
        "andrei", "vladimir", "tatiana", "yulia", "nikolai", "bakhyt", "aibek",
        // East and Southeast Asian
        "wei", "li", "ming", "hui", "jun", "nguyen", "minh", "thanh", "linh", "anh", "hoa", "kim", "ji", "young",
        "hiroshi", "yuki",
    ]);

    /// <summary>Whether the first given name of "Maria Lopez" or "LOPEZ, MARIA" is a common one.</summary>
    public static bool StartsWithCommonName(TextSlice value)
    {
        value = value.Trim();
        int comma = value.IndexOf(',');
        TextSlice given = comma >= 0 ? value.Slice(comma + 1, value.Length - comma - 1).Trim() : value;
        int end = 0;
        while (end < given.Length && given[end] != ' ')
        {
            end++;
        }

        return end > 0 && Common.Contains(given.Slice(0, end));
    }
}
