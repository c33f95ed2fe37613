using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A type carries protected data in what a serializer writes: members, nested objects, collections, dictionary
/// values and generic wrappers; each serializer's own ignore attribute excludes a member for that serializer only.
/// </summary>
public class SerializerViewTests
{
    private const string Batch = """
        public sealed class Witness { [ProtectedData] public string Name { get; set; } = ""; public int Age { get; set; } }
        public sealed class Batch { public int Id { get; set; } public List<Witness> Witnesses { get; set; } = new(); }
        public sealed class Envelope<T> { public T Payload { get; set; } = default!; }
        public sealed class Index { public Dictionary<string, Witness> ByCase { get; set; } = new(); }
        public sealed class Cyclic { public Cyclic? Next { get; set; } public Witness? Witness { get; set; } }

        """;

    [Fact]
    public Task WhenNestedCollectionMemberIsProtected_ReportsThePath() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("using System.Text.Json;\n" + Batch + """
            class Api
            {
                string Run(Batch batch) => JsonSerializer.Serialize({|#0:batch|});
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Batch.Witnesses[].Name", "the serializer 'JsonSerializer.Serialize'"));

    [Fact]
    public Task WhenWrappersDictionariesAndCyclesHoldProtectedMembers_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("using System.Text.Json;\n" + Batch + """
            class Api
            {
                void Run(Envelope<Witness> envelope, Index index, Cyclic cyclic, Task<List<Batch>> pending)
                {
                    JsonSerializer.Serialize({|PA0002:envelope|});
                    JsonSerializer.Serialize({|PA0002:index|});
                    JsonSerializer.Serialize({|PA0002:cyclic|});
                    JsonSerializer.Serialize({|PA0002:pending|});
                    JsonSerializer.Serialize(new Envelope<int>());
                }
            }
            """));

    [Fact]
    public Task WhenEachSerializerIgnoresTheMember_OnlyThatSerializerIsQuiet() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.IO;
            using System.Runtime.Serialization;
            using System.Xml.Serialization;
            using Newtonsoft.Json;

            public sealed class StjIgnored { [ProtectedData, System.Text.Json.Serialization.JsonIgnore] public string Name { get; set; } = ""; }
            public sealed class NewtonsoftIgnored { [ProtectedData, Newtonsoft.Json.JsonIgnore] public string Name { get; set; } = ""; }
            public sealed class XmlIgnored { [ProtectedData, XmlIgnore] public string Name { get; set; } = ""; }
            [DataContract] public sealed class ContractOptIn { [ProtectedData] public string Name { get; set; } = ""; [DataMember] public int Id { get; set; } }
            public sealed class ContractIgnored { [ProtectedData, IgnoreDataMember] public string Name { get; set; } = ""; }

            class Api
            {
                void Run(StjIgnored stj, NewtonsoftIgnored newtonsoft, XmlIgnored xml, ContractOptIn optIn, ContractIgnored ignored, Stream stream)
                {
                    System.Text.Json.JsonSerializer.Serialize(stj);
                    JsonConvert.SerializeObject({|PA0002:stj|});

                    JsonConvert.SerializeObject(newtonsoft);
                    System.Text.Json.JsonSerializer.Serialize({|PA0002:newtonsoft|});

                    new XmlSerializer(typeof(XmlIgnored)).Serialize(stream, xml);
                    JsonConvert.SerializeObject({|PA0002:xml|});

                    new DataContractSerializer(typeof(ContractOptIn)).WriteObject(stream, optIn);
                    new DataContractSerializer(typeof(ContractIgnored)).WriteObject(stream, ignored);
                    System.Text.Json.JsonSerializer.Serialize({|PA0002:optIn|});
                }
            }
            """));

    [Fact]
    public Task WhenStjIgnoresOnlyNullValues_StillReports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            using System.Text.Json.Serialization;
            public sealed class Sometimes { [ProtectedData, JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Name { get; set; } }

            class Api
            {
                string Run(Sometimes value) => JsonSerializer.Serialize({|PA0002:value|});
            }
            """));

    [Fact]
    public Task WhenStjWouldSkipAPublicField_DoesNotReportButNewtonsoftDoes() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            public sealed class WithField { [ProtectedData] public string Name = ""; }

            class Api
            {
                void Run(WithField value)
                {
                    System.Text.Json.JsonSerializer.Serialize(value);
                    Newtonsoft.Json.JsonConvert.SerializeObject({|PA0002:value|});
                }
            }
            """));

    [Fact]
    public Task WhenAnObjectCanReachProtectedDataOnlyThroughServicesOrTheDatabase_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            namespace Microsoft.EntityFrameworkCore
            {
                public class DbContext { }
                public class DbSet<T> : IEnumerable<T> where T : class
                {
                    public IEnumerator<T> GetEnumerator() => throw null!;
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null!;
                }
            }

            public sealed class ShopContext : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<DetentionRecord> Records { get; set; } = null!;
            }

            public sealed class PageModel
            {
                public string Title { get; set; } = "";
                public ShopContext Database { get; set; } = null!;
                public ILogger Logger { get; set; } = null!;
                public Func<DetentionRecord> Next { get; set; } = null!;
            }

            public sealed class RosterModel
            {
                public string Title { get; set; } = "";
                public List<DetentionRecord> Records { get; set; } = new();
            }

            class Api
            {
                string Page(PageModel page) => JsonSerializer.Serialize(page);
                string Roster(RosterModel roster) => JsonSerializer.Serialize({|PA0002:roster|});
            }
            """));
}
