using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>
/// XML and JSON written piece by piece (XmlWriter, Utf8JsonWriter: PA0001) and document objects written as a whole
/// (XDocument and XElement when saved: PA0001; JsonNode when written: PA0002).
/// </summary>
public class XmlAndJsonWriterTests
{
    [Fact]
    public Task XmlWriter_WhenElementsOrAttributesCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Xml;

            class ExportXmlHelper
            {
                async Task WriteApplicant(XmlWriter writer, Applicant applicant, DetentionRecord record)
                {
                    writer.WriteStartElement("Applicant");
                    writer.WriteElementString("Name", {|#0:applicant.Name|});
                    writer.WriteElementString("Office", applicant.Office);
                    writer.WriteAttributeString("nationality", {|PA0001:record.Nationality|});
                    writer.WriteStartElement("FullName");
                    writer.WriteString({|PA0001:record.FullName|});
                    writer.WriteEndElement();
                    writer.WriteStartElement("Born");
                    writer.WriteValue({|PA0001:record.DateOfBirth|});
                    writer.WriteEndElement();
                    await writer.WriteElementStringAsync(null, "Name", null, {|PA0001:applicant.Name|});
                    writer.WriteEndElement();
                }
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'XmlWriter.WriteElementString'"));

    [Fact]
    public Task XmlWriter_WhenOnlyFacilityCountsAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Xml;

            class Statistics
            {
                void Write(XmlWriter writer, List<DetentionRecord> records, List<FacilityCount> counts)
                {
                    writer.WriteStartElement("Statistics");
                    writer.WriteAttributeString("total", records.Count.ToString());
                    foreach (var group in records.GroupBy(r => r.Facility))
                    {
                        writer.WriteStartElement("Facility");
                        writer.WriteAttributeString("name", group.Key);
                        writer.WriteValue(group.Count());
                        writer.WriteEndElement();
                    }

                    foreach (var count in counts)
                    {
                        writer.WriteElementString(count.Facility, count.Count.ToString());
                    }

                    writer.WriteEndElement();
                }
            }
            """));

    [Fact]
    public Task XDocument_WhenADocumentBuiltFromProtectedDataIsSavedOrWritten_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.Xml; using System.Xml.Linq;", "Applicant applicant, List<DetentionRecord> records, Stream output, XmlWriter writer", """
            var document = new XDocument(new XElement("Applicant", new XElement("Name", applicant.Name)));
            {|#0:document|}.Save(output);

            var roster = new XElement("Roster");
            foreach (var record in records)
            {
                roster.Add(new XElement("Person", new XAttribute("name", record.FullName)));
            }

            {|PA0001:roster|}.Save("roster.xml");

            var single = new XElement("Applicant");
            single.SetElementValue("Name", applicant.Name);
            {|PA0001:single|}.WriteTo(writer);

            File.WriteAllText("applicant.xml", {|PA0001:document.ToString()|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'XDocument.Save'"));

    [Fact]
    public Task XDocument_WhenOnlyFacilityCountsAreSaved_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.Xml.Linq;", "List<DetentionRecord> records, List<FacilityCount> counts, Applicant applicant", """
            var document = new XDocument(new XElement("Statistics",
                new XAttribute("total", records.Count),
                counts.Select(c => new XElement("Facility", new XAttribute("name", c.Facility), c.Count))));
            document.Root!.Add(new XElement("Office", applicant.Office));
            document.Save("statistics.xml");
            """));

    [Fact]
    public Task Utf8JsonWriter_WhenPropertiesOrValuesCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.Text.Json;", "Utf8JsonWriter json, Applicant applicant, DetentionRecord record", """
            json.WriteStartObject();
            json.WriteString("name", {|#0:applicant.Name|});
            json.WriteString("born", {|PA0001:record.DateOfBirth|});
            json.WritePropertyName("nationality");
            json.WriteStringValue({|PA0001:record.Nationality|});
            json.WriteNumber("cases", applicant.CaseCount);
            json.WriteString("office", applicant.Office);
            json.WriteEndObject();
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'Utf8JsonWriter.WriteString'"));

    [Fact]
    public Task Utf8JsonWriter_WhenOnlyFacilityCountsAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.Text.Json;", "Utf8JsonWriter json, List<DetentionRecord> records", """
            json.WriteStartObject();
            json.WriteNumber("total", records.Count);
            foreach (var group in records.GroupBy(r => r.Facility))
            {
                json.WriteNumber(group.Key, group.Count());
            }

            json.WriteEndObject();
            """));

    [Fact]
    public Task JsonNode_WhenAnObjectBuiltFromProtectedDataIsWritten_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json;
            using System.Text.Json.Nodes;

            class Export
            {
                string Run(Applicant applicant, DetentionRecord record, Utf8JsonWriter writer)
                {
                    var initialized = new JsonObject { ["name"] = applicant.Name, ["office"] = applicant.Office };
                    var text = {|#0:initialized|}.ToJsonString();

                    var indexed = new JsonObject();
                    indexed["nationality"] = record.Nationality;
                    {|PA0002:indexed|}.WriteTo(writer);

                    var added = new JsonObject();
                    added.Add("born", record.DateOfBirth);
                    var names = new JsonArray();
                    names.Add(record.FullName);
                    return {|PA0002:added|}.ToJsonString() + {|PA0002:names|}.ToJsonString();
                }
            }
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Applicant.Name", "the serializer 'JsonNode.ToJsonString'"));

    [Fact]
    public Task JsonNode_WhenOnlyFacilityCountsAreWritten_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using System.Text.Json.Nodes;

            class Statistics
            {
                string Run(List<DetentionRecord> records, Applicant applicant)
                {
                    var statistics = new JsonObject { ["total"] = records.Count, ["office"] = applicant.Office };
                    var facilities = new JsonArray();
                    foreach (var group in records.GroupBy(r => r.Facility))
                    {
                        facilities.Add(new JsonObject { ["facility"] = group.Key, ["count"] = group.Count() });
                    }

                    statistics["facilities"] = facilities;
                    return statistics.ToJsonString();
                }
            }
            """));
}
