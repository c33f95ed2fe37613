using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>
/// A call through a closed generic interface (<c>IMapper&lt;FacilityCount, FacilityModel&gt;</c>) reaches the types that
/// implement that construction, or leave it open, not every implementation of the generic interface.
/// </summary>
public class GenericDispatchTests
{
    private const string Mappers = """
        public interface IMapper<TFrom, TTo> { void Map(TFrom from, TTo to); }

        public sealed class ApplicantModel { public string Name { get; set; } = ""; }
        public sealed class FacilityModel { public string Name { get; set; } = ""; }

        sealed class ApplicantMapper : IMapper<Applicant, ApplicantModel>, IMapper<ApplicantModel, Applicant>
        {
            public void Map(Applicant from, ApplicantModel to) => to.Name = from.Name;
            public void Map(ApplicantModel from, Applicant to) => to.Office = "";
        }

        sealed class FacilityMapper : IMapper<FacilityCount, FacilityModel>
        {
            public void Map(FacilityCount from, FacilityModel to) => to.Name = from.Facility;
        }

        sealed class JsonMapper<TFrom, TTo> : IMapper<TFrom, TTo>
        {
            public void Map(TFrom from, TTo to) => File.WriteAllText("mapped.json", System.Text.Json.JsonSerializer.Serialize(from));
        }

        """;

    [Fact]
    public Task WhenTheCallIsOnAnotherConstruction_TheMapperOfProtectedDataIsNotReached() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Mappers + """
            class Pages
            {
                void Run(IMapper<FacilityCount, FacilityModel> facilities, IMapper<ApplicantModel, Applicant> back, FacilityCount count, ApplicantModel posted)
                {
                    var model = new FacilityModel();
                    facilities.Map(count, model);
                    File.WriteAllText("facility.txt", model.Name);

                    var applicant = new Applicant();
                    back.Map(posted, applicant);
                    File.WriteAllText("office.txt", applicant.Office);
                }
            }
            """));

    [Fact]
    public Task WhenTheCallIsOnTheConstructionThatMapsProtectedData_ItIsReported() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Mappers + """
            class Pages
            {
                void Run(IMapper<Applicant, ApplicantModel> applicants, Applicant applicant)
                {
                    var model = new ApplicantModel();
                    applicants.Map({|PA0002:applicant|}, model);    // the open JsonMapper<,> can be it too
                    File.WriteAllText("applicant.txt", {|#0:model.Name|});
                }
            }
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'File.WriteAllText'"));

    [Fact]
    public Task WhenOnlyAnOpenGenericImplementationCanBeTheConstruction_ItIsReached() =>
        Verify.VerifyAnalyzerAsync(TestModel.With(Mappers + """
            class Pages
            {
                void Run(IMapper<Applicant, FacilityModel> mapper, Applicant applicant)
                {
                    mapper.Map({|PA0002:applicant|}, new FacilityModel());
                }
            }
            """));
}
