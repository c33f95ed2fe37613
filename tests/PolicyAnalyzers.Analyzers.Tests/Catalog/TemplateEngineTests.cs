using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>
/// Template engines (DotLiquid, Scriban, Fluid, Handlebars.Net, RazorLight, Stubble): the rendered text holds every
/// member of the model, which the engine reads by reflection. Rendering is not the leak; the text written out is.
/// </summary>
public class TemplateEngineTests
{
    [Fact]
    public Task WhenTextRenderedFromAProtectedModelIsWrittenOut_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Fluid;

            class Export
            {
                void Run(Applicant applicant, DetentionRecord record, string source)
                {
                    var liquid = DotLiquid.Template.Parse(source).Render(DotLiquid.Hash.FromAnonymousObject(new { name = applicant.Name }));
                    File.WriteAllText("liquid.txt", {|#0:liquid|});

                    var hash = new DotLiquid.Hash();
                    hash["detainee"] = record;
                    var parameters = new DotLiquid.RenderParameters(System.Globalization.CultureInfo.InvariantCulture) { LocalVariables = hash };
                    File.WriteAllText("liquid-parameters.txt", {|#1:DotLiquid.Template.Parse(source).Render(parameters)|});

                    File.WriteAllText("scriban.txt", {|#2:Scriban.Template.Parse(source).Render(record)|});

                    var context = new Fluid.TemplateContext();
                    context.SetValue("name", applicant.Name);
                    File.WriteAllText("fluid.txt", {|#3:new Fluid.FluidParser().Parse(source).Render(context)|});
                    File.WriteAllText("fluid-model.txt", {|#4:new Fluid.FluidParser().Parse(source).Render(new Fluid.TemplateContext(record))|});

                    var handlebars = HandlebarsDotNet.Handlebars.Compile(source);
                    File.WriteAllText("handlebars.txt", {|#5:handlebars(applicant)|});

                    var stubble = new Stubble.Core.Builders.StubbleBuilder().Build();
                    File.WriteAllText("stubble.txt", {|#6:stubble.Render(source, record)|});
                }
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'File.WriteAllText'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord", "the export 'File.WriteAllText'"),
            Verify.Diagnostic("PA0001").WithLocation(2).WithArguments("DetentionRecord", "the export 'File.WriteAllText'"),
            Verify.Diagnostic("PA0001").WithLocation(3).WithArguments("Applicant.Name", "the export 'File.WriteAllText'"),
            Verify.Diagnostic("PA0001").WithLocation(4).WithArguments("DetentionRecord", "the export 'File.WriteAllText'"),
            Verify.Diagnostic("PA0001").WithLocation(5).WithArguments("Applicant.Name", "the export 'File.WriteAllText'"),
            Verify.Diagnostic("PA0001").WithLocation(6).WithArguments("DetentionRecord", "the export 'File.WriteAllText'"));

    [Fact]
    public Task WhenAnAsyncRenderOfAProtectedModelBecomesAMailBody_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, RazorLight.IRazorLightEngine razor, string source", """
            async Task Send()
            {
                var body = await razor.CompileRenderStringAsync("letter", source, applicant);
                var subject = await Scriban.Template.Parse("Case of {{ name }}").RenderAsync(applicant);
                var message = new MimeKit.MimeMessage { Subject = {|#1:subject|} };
                message.Body = new MimeKit.TextPart("plain") { Text = {|#0:body|} };
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'TextPart.Text'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("Applicant.Name", "the export 'MimeMessage.Subject'"));

    [Fact]
    public Task WhenTheModelHoldsOnlyCountsAndLabels_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Fluid;

            class Export
            {
                void Run(Applicant applicant, List<DetentionRecord> records, RazorLight.IRazorLightEngine razor, string source)
                {
                    var model = new { count = records.Count, office = applicant.Office, cases = applicant.CaseCount };
                    File.WriteAllText("liquid.txt", DotLiquid.Template.Parse(source).Render(DotLiquid.Hash.FromAnonymousObject(model)));
                    File.WriteAllText("scriban.txt", Scriban.Template.Parse(source).Render(model));
                    var context = new Fluid.TemplateContext(model);
                    context.SetValue("facilities", records.Select(r => r.Facility).Distinct().Count());
                    File.WriteAllText("fluid.txt", new Fluid.FluidParser().Parse(source).Render(context));
                    File.WriteAllText("handlebars.txt", HandlebarsDotNet.Handlebars.Compile(source)(model));
                    File.WriteAllText("stubble.txt", new Stubble.Core.Builders.StubbleBuilder().Build().Render(source, model));
                    File.WriteAllText("razor.txt", razor.CompileRenderStringAsync("stats", source, model).Result);
                }
            }
            """));

    [Fact]
    public Task WhenTextRenderedFromAProtectedModelStaysInMemory_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("Applicant applicant, string source", """
            var preview = Scriban.Template.Parse(source).Render(applicant);
            var length = preview.Length;
            File.WriteAllText("length.txt", length.ToString());
            """));
}
