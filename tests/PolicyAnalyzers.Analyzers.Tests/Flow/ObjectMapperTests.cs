using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Flow;

/// <summary>Object mappers: the members of the target that receive a protected member by name are protected.</summary>
public class ObjectMapperTests
{
    private const string Model = """
        public sealed class Customer
        {
            public int Id { get; set; }
            [ProtectedData] public string Email { get; set; } = "";
            [ProtectedData] public string LastName { get; set; } = "";
            public string Country { get; set; } = "";
        }

        public sealed class CustomerDto
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string Country { get; set; } = "";
        }

        public sealed class CountryDto
        {
            public int Id { get; set; }
            public string Country { get; set; } = "";
        }
        """;

    [Fact]
    public Task WhenMapsterAdaptsAnEntityToADtoWithAProtectedMember_ThatMemberIsProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Mapster;
            using Microsoft.Extensions.Logging;

            class Api
            {
                void Run(Customer customer, List<Customer> customers, ILogger logger)
                {
                    var dto = customer.Adapt<CustomerDto>();
                    logger.LogInformation("Customer {Id} in {Country}", dto.Id, dto.Country);
                    logger.LogInformation("Customer {Email}", {|PA0003:dto.Email|});
                    File.WriteAllText("customers.json", System.Text.Json.JsonSerializer.Serialize({|PA0002:customers.Adapt<List<CustomerDto>>()|}));
                }
            }
            """ + Model));

    [Fact]
    public Task WhenTheTargetReceivesNoProtectedMember_ItIsClean() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using Mapster;
            using AutoMapper;
            using AutoMapper.QueryableExtensions;

            class Api
            {
                void Run(Customer customer, IQueryable<Customer> customers, MapsterMapper.IMapper mapster, AutoMapper.IMapper autoMapper, IConfigurationProvider configuration)
                {
                    var json = System.Text.Json.JsonSerializer.Serialize(customer.Adapt<CountryDto>());
                    json += System.Text.Json.JsonSerializer.Serialize(mapster.Map<CountryDto>(customer));
                    json += System.Text.Json.JsonSerializer.Serialize(autoMapper.Map<CountryDto>(customer));
                    json += System.Text.Json.JsonSerializer.Serialize(customers.ProjectTo<CountryDto>(configuration).ToList());
                    json += System.Text.Json.JsonSerializer.Serialize(customers.ProjectToType<CountryDto>().ToList());
                    File.WriteAllText("countries.json", json);
                }
            }
            """ + Model));

    [Fact]
    public Task WhenAutoMapperMapsOrProjectsToADtoWithAProtectedMember_ItIsProtected() =>
        Verify.VerifyAnalyzerAsync(TestModel.With("""
            using AutoMapper;
            using AutoMapper.QueryableExtensions;

            class Api
            {
                void Run(Customer customer, IQueryable<Customer> customers, IMapper mapper, IConfigurationProvider configuration, TextWriter writer)
                {
                    writer.Write({|PA0001:mapper.Map<CustomerDto>(customer).Email|});
                    writer.Write(mapper.Map<Customer, CustomerDto>(customer).Country);
                    var page = customers.ProjectTo<CustomerDto>(configuration).ToList();
                    writer.Write(page[0].Id);
                    writer.Write({|PA0001:page[0].Email|});
                }
            }
            """ + Model));

    [Fact]
    public Task WhenAMapperGeneratesItsCode_TheGeneratedMappingIsFollowed() =>
        Verify.VerifyAnalyzerAsync(
            [
                TestModel.With("""
                    [AttributeUsage(AttributeTargets.Class)] public sealed class MapperAttribute : Attribute { }

                    [Mapper]
                    public static partial class CustomerMapper
                    {
                        public static partial CustomerDto ToDto(Customer customer);
                        public static partial CountryDto ToCountry(Customer customer);
                    }

                    class Api
                    {
                        void Run(Customer customer, TextWriter writer)
                        {
                            writer.Write(CustomerMapper.ToDto(customer).Country);
                            writer.Write({|PA0001:CustomerMapper.ToDto(customer).Email|});
                            writer.Write(System.Text.Json.JsonSerializer.Serialize(CustomerMapper.ToCountry(customer)));
                        }
                    }
                    """ + Model),
                """
                // <auto-generated />
                public static partial class CustomerMapper
                {
                    public static partial CustomerDto ToDto(Customer customer)
                    {
                        var target = new CustomerDto();
                        target.Id = customer.Id;
                        target.Email = customer.Email;
                        target.Country = customer.Country;
                        return target;
                    }

                    public static partial CountryDto ToCountry(Customer customer) => new CountryDto { Id = customer.Id, Country = customer.Country };
                }
                """,
            ]);
}
