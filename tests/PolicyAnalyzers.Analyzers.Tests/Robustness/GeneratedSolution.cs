using System.Collections.Generic;
using System.Globalization;

namespace PolicyAnalyzers.Tests.Robustness;

/// <summary>
/// A solution-sized compilation written by a program: models, helpers, services, approvals and endpoints spread
/// over files that use each other, holding every diagnostic of the analyzer (PA0001-PA0006). No recursion and no
/// call chain past the summary depth, whose results may depend on analysis order (see LargeCodeTests).
/// </summary>
internal static class GeneratedSolution
{
    public static string[] Files(int count)
    {
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            files.Add(TestModel.Usings + "using System.Text.Json;\nusing Microsoft.Extensions.Logging;\n\n" + string.Format(CultureInfo.InvariantCulture, Template(i % 5), i, i - (i % 5), i - (i % 5) + 1));
        }

        return files.ToArray();
    }

    // {0}: this file's number, {1}: the model file of its group of five, {2}: the helper file of its group.
    private static string Template(int kind) => kind switch
    {
        0 => """
            [ProtectedData("person{0}")]
            public sealed record Person{0}(string Name, DateTime DateOfBirth, string Office, int Cases);

            public sealed class Contact{0}
            {{
                public string Email {{ get; set; }} = "";
                public string Office {{ get; set; }} = "";
                [ProtectedData] public string Phone {{ get; set; }} = "";
            }}
            """,
        1 => """
            public static class Store{0}
            {{
                public static void Save(string path, object payload) => File.WriteAllText(path, JsonSerializer.Serialize(payload));
                public static void Line(string line) => Console.WriteLine(line);
                public static string Label(Person{1} person) => person.Office + "/" + person.Cases;
                public static int Count(IEnumerable<Person{1}> people) => people.Count();
            }}
            """,
        2 => """
            public sealed class Service{0}(ILogger<Service{0}> logger)
            {{
                public void Publish(List<Person{1}> people, Contact{1} contact)
                {{
                    Store{2}.Save("people{0}.json", people);
                    Store{2}.Save("counts{0}.json", people.GroupBy(p => p.Office).Select(g => new {{ Office = g.Key, Count = g.Count() }}).ToList());
                    Store{2}.Line("published " + Store{2}.Count(people));
                    logger.LogInformation("First is {{Name}}", people[0].Name);
                    File.WriteAllText("contact{0}.json", JsonSerializer.Serialize(contact));
                    var text = new StringBuilder();
                    foreach (var person in people.Where(p => p.Cases > 2))
                    {{
                        text.AppendLine($"{{person.Office}};{{Store{2}.Label(person)}}");
                    }}

                    File.WriteAllText("offices{0}.txt", text.ToString());
                }}
            }}
            """,
        3 => """
            public static class Approvals{0}
            {{
                [AuthorizedDisclosure("Case workers need the list", ApprovedBy = "DPO decision {0}")]
                public static void ForCaseWorkers(List<Person{1}> people) => Store{2}.Save("caseworkers{0}.json", people);

                [AuthorizedDisclosure("TODO: justification")]
                public static void Pending(Person{1} person) => Console.WriteLine(person.DateOfBirth);

                public static void Quiet(List<Person{1}> people) => Console.WriteLine(people.Sum(p => p.Cases));
            }}
            """,
        _ => """
            public static class Queries{0}
            {{
                public static async Task<string> NamesAsync(Task<List<Person{1}>> pending)
                {{
                    var people = await pending;
                    var byOffice = people.ToDictionary(p => p.Office, p => p.Cases);
                    Console.WriteLine(string.Join(",", byOffice.Keys));
                    Console.WriteLine(string.Join(",", people.Select(p => p.Name)));
                    return people.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }}

                public static void Contacts(IEnumerable<Contact{1}> contacts, Contact{1} one)
                {{
                    Console.WriteLine(one.Phone);
                    var rows = contacts.Select(c => new {{ c.Office, c.Email }}).ToList();
                    Console.WriteLine(JsonSerializer.Serialize(rows));
                }}
            }}
            """,
    };
}
