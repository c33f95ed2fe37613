using System.Runtime.CompilerServices;
using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Common given names across the languages of the people in immigration and public-sector records. Used where no
/// header says a column holds people: "Maria Lopez" and "Blue Chair" are both two capitalised words, and a column
/// where many values hold a known given name holds people.
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
        "eduardo", "alberto", "arturo", "enrique", "ramon", "ramón", "pablo", "santiago", "mateo", "camila",
        "valentina", "gabriela", "adriana", "claudia", "monica", "mónica", "lorena", "paola", "julio", "cesar", "césar",
        "alfredo", "ernesto", "hugo", "ignacio", "marco", "marcos", "nelson", "rodrigo", "salvador", "tomas", "tomás",
        // English
        "john", "james", "robert", "michael", "william", "richard", "joseph", "thomas", "charles", "christopher",
        "mary", "jennifer", "linda", "elizabeth", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "emily",
        "anna", "laura", "paul", "mark", "peter", "george", "steven", "andrew", "emma", "olivia", "jack", "harry",
        "matthew", "anthony", "donald", "kenneth", "joshua", "brian", "timothy", "ronald", "jason", "jeffrey", "ryan",
        "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "frank", "gregory", "raymond", "alexander", "patrick", "dennis", "jerry", "tyler", "aaron", "henry", "adam",
        "douglas", "nathan", "zachary", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger",
        "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe",
        "jordan", "billy", "bruce", "albert", "willie", "gabe", "logan", "alan", "wayne", "roy", "ralph",
        "randy", "eugene", "vincent", "russell", "louis", "bobby", "philip", "johnny", "bernard", "chuck", "mitch",
        "ted", "tom", "tim", "jim", "bob", "bill", "mike", "dave", "steve", "dan", "ron", "ken", "chris", "rick", "jeff",
        "barbara", "margaret", "dorothy", "sandra", "ashley", "kimberly", "donna", "michelle", "carol", "amanda",
        "melissa", "deborah", "stephanie", "rebecca", "sharon", "cynthia", "kathleen", "amy", "angela", "shirley",
        "brenda", "pamela", "nicole", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
        "janet", "ruth", "heather", "diane", "virginia", "julie", "joyce", "victoria", "kelly", "christina",
        "lauren", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "madison",
        "sara", "janice", "julia", "frances", "ann", "alice", "jean", "judy", "kathryn", "denise", "marilyn",
        "beverly", "diana", "tammy", "jane", "lori", "rose", "tina", "kathy", "susie", "betty", "helen", "sue",
        // Arabic, Persian, Turkish, South Asian
        "mohammed", "mohammad", "muhammad", "mohamed", "ahmed", "ahmad", "ali", "omar", "hassan", "hussein", "ibrahim",
        "mustafa", "yusuf", "abdul", "abdullah", "khalid", "aisha", "fatma", "zainab", "mariam", "maryam", "layla",
        "reza", "mehmet", "ayse", "raj", "amit", "priya", "sunita", "ravi", "arjun", "singh", "kaur", "imran",
        "hamid", "karim", "mahmoud", "samir", "tariq", "yasmin", "leila", "noor", "hana", "rahul", "sanjay", "anil",
        "sunil", "deepak", "vijay", "pooja", "neha", "anjali", "mehdi", "ahmet", "emre", "zeynep", "elif",
        // African, Haitian, French
        "pierre", "marie", "emmanuel", "blessing", "chinedu", "kwame", "amina", "abdou", "mamadou",
        "fatou", "moussa", "ousmane", "samuel", "grace", "esther", "nadia", "claude", "jacques", "michel", "francois",
        "françois", "philippe", "nicolas", "sophie", "isabelle", "nathalie", "chantal", "patrice", "alain",
        // German, Italian, Dutch, Nordic
        "hans", "klaus", "jürgen", "wolfgang", "stefan", "andreas", "anne", "sabine", "monika", "ursula",
        "giuseppe", "giovanni", "luca", "francesca", "giulia", "alessandro", "jan", "pieter", "lars", "erik",
        "sven", "anders", "ingrid",
        // Slavic, Central Asian
        "ivan", "olga", "natalia", "sergei", "sergey", "dmitri", "aleksandr", "oksana", "irina",
        "andrei", "vladimir", "tatiana", "yulia", "nikolai", "bakhyt", "aibek", "piotr", "pavel", "jana", "katarina",
        // East and Southeast Asian
        "wei", "li", "ming", "hui", "jun", "nguyen", "minh", "thanh", "linh", "anh", "hoa", "kim", "ji", "young",
        "hiroshi", "yuki", "takashi", "kenji", "akira", "min", "hyun", "jin", "xiao", "mei", "lin", "tuan", "hung",
    ]);

    /// <summary>Whether the first given name of "Maria Lopez" or "LOPEZ, MARIA" is a common one.</summary>
    [MethodImpl(HotPath.Optimize)]
    public static bool StartsWithCommonName(TextSlice value)
    {
        value = value.Trim();
        var comma = value.IndexOf(',');
        var given = comma >= 0 ? value.Slice(comma + 1, value.Length - comma - 1).Trim() : value;
        var first = NextWord(given, 0, out _);
        return first.Length > 0 && Common.ContainsWord(first);
    }

    /// <summary>
    /// Whether a name holds a common given name where given names stand: first ("Maria Lopez"), after the comma
    /// ("LOPEZ, MARIA"), after any title, or second in a name written all in capitals ("LOPEZ MARIA", as some
    /// registers write). Not second otherwise: "San Jose" and "Port Louis" are places.
    /// </summary>
    public static bool HasCommonGivenName(TextSlice value)
    {
        value = value.Trim();
        var comma = value.IndexOf(',');
        var given = comma >= 0 ? value.Slice(comma + 1, value.Length - comma - 1) : value;
        var word = NextWord(given, 0, out var next);
        if (word.Length > 0 && NameWords.Of(word) == NameWords.Category.Title)
        {
            word = NextWord(given, next, out next);
        }

        if (word.Length == 0)
        {
            return false;
        }

        if (Common.ContainsWord(word))
        {
            return true;
        }

        if (comma >= 0 || !IsAllCapitals(value))
        {
            return false;
        }

        var second = NextWord(given, next, out _);
        return second.Length > 0 && Common.ContainsWord(second);
    }

    private static bool IsAllCapitals(TextSlice value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsLower(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word starting at or after <paramref name="from"/>, ended by a space, comma or parenthesis.</summary>
    private static TextSlice NextWord(TextSlice text, int from, out int end)
    {
        var start = from;
        while (start < text.Length && text[start] is ' ' or '\t' or '"' or '(')
        {
            start++;
        }

        end = start;
        while (end < text.Length && text[end] is not (' ' or '\t' or ',' or '(' or ')' or '"'))
        {
            end++;
        }

        return text.Slice(start, end - start);
    }
}
