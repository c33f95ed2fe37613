using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PolicyAnalyzers.Markers;

namespace PolicyAnalyzers.Policy;

/// <summary>
/// Everything the flow engine needs to know about libraries, built once per compilation from the policy rows (the
/// built-in catalog and the project's own) and the markers in code: which calls are sinks, what a call propagates,
/// what members of library types give, which types carry no data. Answers are cached per symbol. The engine asks
/// this object and names no library itself.
/// </summary>
internal sealed class ApiPolicy
{
    private static readonly VerbSet EffectVerbs = VerbSet.Of(
        PolicyVerb.Aggregate, PolicyVerb.Project, PolicyVerb.Group, PolicyVerb.Map, PolicyVerb.Declassify, PolicyVerb.Lookup,
        PolicyVerb.Include, PolicyVerb.Template);

    private readonly PolicyRowIndex _rows;
    private readonly DefinitionCache<IMethodSymbol, SinkMatch?> _sinks;
    private readonly DefinitionCache<IMethodSymbol, CallEffect> _effects;
    private readonly DefinitionCache<ISymbol, PolicyRow?> _memberRows;
    private readonly DefinitionCache<ITypeSymbol, TypeTraits> _typeTraits;

    public ApiPolicy(ProjectPolicy project, Compilation? compilation = null)
    {
        Project = project;
        _sinks = new DefinitionCache<IMethodSymbol, SinkMatch?>(ComputeSink);
        _effects = new DefinitionCache<IMethodSymbol, CallEffect>(ComputeEffect);
        _typeTraits = new DefinitionCache<ITypeSymbol, TypeTraits>(ComputeTraits);
        _memberRows = new DefinitionCache<ISymbol, PolicyRow?>(member => FindMemberRow(member, VerbSet.Of(PolicyVerb.Keys, PolicyVerb.Values, PolicyVerb.Aggregate)));
        Names = new TypeNames();
        _rows = new PolicyRowIndex(project.Rows.AddRange(BuiltInPolicy.Rows), Names);
        Endpoints = new Endpoints(this);
        Serializers = new SerializerViews(this);
        Pages = compilation is null ? null : new RazorPages(compilation);
        Entities = compilation is null ? null : new EntityModel(compilation);
        Audiences = compilation is null ? null : new AudienceModel(compilation, this);
        MvcResponseView = UsesNewtonsoftForMvc(compilation) ? DataView.NewtonsoftJson : DataView.SystemTextJson;
    }

    /// <summary>Who can reach each endpoint and page: anonymous visitors, or signed-in users only.</summary>
    public AudienceModel? Audiences { get; }

    /// <summary>The Entity Framework Core model: which members are navigations a query may leave empty.</summary>
    public EntityModel? Entities { get; }

    /// <summary>How MVC writes responses in this application: System.Text.Json, or Newtonsoft.Json (AddNewtonsoftJson).</summary>
    public DataView MvcResponseView { get; }

    private static bool UsesNewtonsoftForMvc(Compilation? compilation)
    {
        if (compilation is null)
        {
            return false;
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == "Microsoft.AspNetCore.Mvc.NewtonsoftJson")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The views, Razor Pages and components of the compilation (null outside a compilation, in unit tests).</summary>
    public RazorPages? Pages { get; }

    /// <summary>What the project itself configured: its rows, and whether any of them protects data.</summary>
    public ProjectPolicy Project { get; }

    public TypeNames Names { get; }

    public Endpoints Endpoints { get; }

    /// <summary>Which members each serializer writes.</summary>
    public SerializerViews Serializers { get; }

    /// <summary>The sink a call to <paramref name="method"/> is, if any: a catalog row, [ExportSink], [LoggerMessage].</summary>
    public SinkMatch? Sink(IMethodSymbol method) => _sinks.Get(method);

    /// <summary>
    /// The sink as this call uses it: Console.Out and Console.Error write to the console log, not to a file, and a
    /// structured-logging template that destructures ("{@Applicant}") writes the object's members, not its ToString.
    /// </summary>
    public static Sink AtCallSite(Sink sink, IOperation? instance, ImmutableArray<IArgumentOperation> arguments)
    {
        if (sink.Kind == SinkKind.Export &&
            instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property } &&
            SymbolNames.Is(property.ContainingType, "System", "Console"))
        {
            return new Sink(SinkKind.Log, "Console." + property.Name, DataView.Text);
        }

        if (sink.Kind == SinkKind.Serialization && WritesResponseBody(arguments))
        {
            // JsonSerializer.SerializeAsync(Response.Body, x): the response, whose audience decides how it is reported.
            return AsResponse(sink);
        }

        if (sink.Kind == SinkKind.Log && sink.View == DataView.Text)
        {
            foreach (var argument in arguments)
            {
                // "{@Applicant}" in a template, or Serilog's destructureObjects: true, writes the object's members.
                if ((argument.Value.ConstantValue is { HasValue: true, Value: string template } &&
                     template.IndexOf("{@", StringComparison.Ordinal) >= 0) ||
                    (argument.Parameter?.Name == "destructureObjects" && argument.Value.ConstantValue is { HasValue: true, Value: true }))
                {
                    return new Sink(sink.Kind, sink.Name, DataView.SystemTextJson);
                }
            }
        }

        return sink;
    }

    /// <summary>A serializer whose output is the HTTP response: reported as the response, for the endpoint's audience.</summary>
    public static Sink AsResponse(Sink serializer, Audience? audience = null) =>
        new(SinkKind.Response, serializer.Name, serializer.View, "the HTTP response through the serializer '{0}'", audience: audience);

    /// <summary>True when an argument is the response body: <c>Response.Body</c> or <c>Response.BodyWriter</c>.</summary>
    private static bool WritesResponseBody(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            if (value is IPropertyReferenceOperation { Property: { Name: "Body" or "BodyWriter" } property } &&
                SymbolNames.Is(property.ContainingType, "Microsoft.AspNetCore.Http", "HttpResponse"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writers whose export methods keep the data in memory (StringWriter, MemoryStream).</summary>
    public bool IsInMemoryWriter(ITypeSymbol? type) => type is not null && Has(type, TypeTraits.InMemoryWriter);

    /// <summary>What a call that is not a sink does with the data it is given.</summary>
    public CallEffect Effect(IMethodSymbol method) => _effects.Get(method);

    /// <summary>True when the call puts its arguments into the receiver: list.Add(x), builder.Append(x).</summary>
    public bool IsAccumulation(IMethodSymbol method, ITypeSymbol? receiverType) =>
        receiverType is not null &&
        IsAccumulator(receiverType) &&
        (Has(receiverType, TypeTraits.Accumulator) || !IsOpaque(receiverType)) &&
        _rows.ForMember(TypeNames.Owner(method.ContainingType), method.Name, VerbSet.Of(PolicyVerb.Accumulate), method) is not null;

    /// <summary>StringBuilder, StringWriter, MemoryStream and collections: writing into them keeps the data in memory.</summary>
    public bool IsAccumulator(ITypeSymbol? type) => type is not null && (Has(type, TypeTraits.Accumulator) || IsCollection(type));

    /// <summary>What reading <paramref name="member"/> of a library type gives.</summary>
    public MemberRole RoleOf(ISymbol member, ITypeSymbol? receiverType)
    {
        if (member.ContainingType is null)
        {
            return MemberRole.Carry;
        }

        var row = _memberRows.Get(member);

        switch (row?.Verb)
        {
            case PolicyVerb.Keys:
                return MemberRole.Keys;
            case PolicyVerb.Values:
                return MemberRole.Values;
            case PolicyVerb.Aggregate when !row.OnCollectionsOnly ||
                                           receiverType is null ||
                                           receiverType.SpecialType == SpecialType.System_String ||
                                           IsCollection(receiverType):
                return MemberRole.NoData;
            default:
                return MemberRole.Carry;
        }
    }

    /// <summary>The role of a delegate parameter of a projection or grouping, by LINQ's parameter names.</summary>
    public static SelectorRole RoleOf(IParameterSymbol? parameter) => parameter?.Name switch
    {
        "keySelector" => SelectorRole.Key,
        "outerKeySelector" or "innerKeySelector" or "predicate" or "comparer" => SelectorRole.Matching,
        _ => SelectorRole.Value,
    };

    /// <summary>A grouping's result selector receives the group key first.</summary>
    public static bool ReceivesGroupKeyFirst(IParameterSymbol? parameter) => parameter?.Name == "resultSelector";

    /// <summary>Types whose values cannot carry personal data: truths, types, cancellation, plain tasks.</summary>
    public bool IsDataFree(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Void:
                return true;
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic &&
            generic.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
        {
            return generic.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
        }

        return type is INamedTypeSymbol && Has(type, TypeTraits.DataFree);
    }

    /// <summary>Types serializers and pages do not write as data when an object graph reaches them.</summary>
    public bool IsOpaque(ITypeSymbol type) => type.TypeKind == TypeKind.Delegate || (type is INamedTypeSymbol && Has(type, TypeTraits.Opaque));

    /// <summary>
    /// Opaque by a row that names the type, a base or an interface (DbContext, ILogger), not only by a naming
    /// convention: an application's MessageContext is opaque to serializers but still holds what a helper stores in it.
    /// </summary>
    public bool IsListedOpaque(ITypeSymbol type) => type.TypeKind == TypeKind.Delegate || (type is INamedTypeSymbol && Has(type, TypeTraits.OpaqueListed));

    /// <summary>Generic types whose type arguments say nothing about the data they hold (ILogger&lt;Customer&gt;).</summary>
    public bool IsTransparentGeneric(INamedTypeSymbol type) => Has(type, TypeTraits.Transparent);

    /// <summary>[Declassifier] methods and the ones a policy row declassifies: their results are not protected.</summary>
    public bool IsDeclassifier(IMethodSymbol method) =>
        MarkerAttributes.Has(method.OriginalDefinition, MarkerAttributes.Declassifier) ||
        FindMethodRow(method.OriginalDefinition, VerbSet.Of(PolicyVerb.Declassify)) is not null;

    /// <summary>A "protect" row for this type or member (configuration for code that cannot carry an attribute).</summary>
    public PolicyRow? Protection(ISymbol symbol)
    {
        if (!Project.Protects)
        {
            return null;
        }

        return symbol switch
        {
            ITypeSymbol type => _rows.ForType(type, VerbSet.Of(PolicyVerb.Protect)),
            { ContainingType: { } containing } => _rows.ForMember(TypeNames.Owner(containing), symbol.Name, VerbSet.Of(PolicyVerb.Protect), symbol),
            _ => null,
        };
    }

    /// <summary>An attribute that a "marker" row makes a protection marker.</summary>
    public bool IsConfiguredMarker(INamedTypeSymbol attribute) =>
        Project.Protects && _rows.ForType(attribute.OriginalDefinition, VerbSet.Of(PolicyVerb.Marker)) is not null;

    /// <summary>An attribute that an "ignore" row says every serializer of the project honours.</summary>
    public bool IsIgnoredEverywhere(INamedTypeSymbol attribute) =>
        Project.HasIgnoreRows && _rows.ForType(attribute.OriginalDefinition, VerbSet.Of(PolicyVerb.Ignore)) is not null;

    /// <summary>True when <paramref name="method"/> is a minimal API mapping whose Delegate argument handles requests.</summary>
    public bool IsEndpointMapping(IMethodSymbol method) => FindMethodRow(method.OriginalDefinition, VerbSet.Of(PolicyVerb.Endpoint)) is not null;

    /// <summary>True when a "signedin" row names <paramref name="type"/>: its endpoints only signed-in users reach.</summary>
    public bool IsSignedInOnly(ITypeSymbol type) => _rows.ForType(type.OriginalDefinition, VerbSet.Of(PolicyVerb.SignedIn)) is not null;

    /// <summary>Dictionaries: what is added with a key is stored under that key.</summary>
    public static bool IsDictionary(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.Name == "IDictionary" && SymbolNames.IsFrameworkNamespace(implemented.ContainingNamespace))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsCollection(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return false;
        }

        if (type.SpecialType == SpecialType.System_Collections_IEnumerable || type is IArrayTypeSymbol)
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    private SinkMatch? ComputeSink(IMethodSymbol method)
    {
        if (UserSinks.Resolve(method) is { } user)
        {
            return user;
        }

        var row = FindMethodRow(method, VerbSet.Sinks, out var matchedType);
        if (row is null)
        {
            return null;
        }

        var display = (row.DisplayType ?? matchedType!.Name) + DisplayMember(method);
        var view = row.View == DataView.MvcResponse ? MvcResponseView : row.View;
        var sink = new Sink(row.SinkKind, display, view, row.Phrase, writesPage: row.Verb == PolicyVerb.Render);
        return new SinkMatch(sink, DataParameterMask(row, method), row.DataParameters.Contains("this"));
    }

    private static string DisplayMember(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.Constructor => string.Empty,
        MethodKind.PropertySet or MethodKind.PropertyGet => "." + method.AssociatedSymbol?.Name,
        _ => "." + method.Name,
    };

    private static bool[]? DataParameterMask(PolicyRow row, IMethodSymbol method)
    {
        if (row.DataParameters.IsEmpty)
        {
            return null;
        }

        // data=this alone: only the receiver leaves; no parameter does.
        var mask = new bool[method.Parameters.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = row.DataParameters.Contains(method.Parameters[i].Name);
        }

        return mask;
    }

    private CallEffect ComputeEffect(IMethodSymbol method)
    {
        if (MarkerAttributes.Has(method, MarkerAttributes.Declassifier))
        {
            return CallEffect.NoData;
        }

        return FindMethodRow(method, EffectVerbs)?.Verb switch
        {
            PolicyVerb.Aggregate or PolicyVerb.Declassify => CallEffect.NoData,
            PolicyVerb.Project => CallEffect.Project,
            PolicyVerb.Group => CallEffect.Group,
            PolicyVerb.Map => CallEffect.Map,
            PolicyVerb.Lookup => CallEffect.Lookup,
            PolicyVerb.Include => CallEffect.Include,
            PolicyVerb.Template => CallEffect.Template,
            _ => CallEffect.Carry,
        };
    }

    private PolicyRow? FindMethodRow(IMethodSymbol method, VerbSet verbs) => FindMethodRow(method, verbs, out _);

    /// <summary>
    /// The first row for a method of the method's type, of a base type (a row names the type's methods and their
    /// overrides), or, for instance methods, of an interface the type implements (CsvWriter implements IWriter).
    /// </summary>
    private PolicyRow? FindMethodRow(IMethodSymbol method, VerbSet verbs, out INamedTypeSymbol? matchedType)
    {
        matchedType = null;
        if (method.ContainingType is null)
        {
            return null;
        }

        var name = method.MethodKind == MethodKind.Constructor ? "#ctor" : method.Name;
        var owner = (INamedTypeSymbol)TypeNames.Owner(method.ContainingType);
        for (var type = owner; type is not null; type = type.BaseType)
        {
            if (_rows.ForMember(type.OriginalDefinition, name, verbs, method) is { } row)
            {
                matchedType = type;
                return row;
            }

            // A property's accessors are named by the property in P: rows.
            if (method.AssociatedSymbol is IPropertySymbol property &&
                _rows.ForMember(type.OriginalDefinition, property.Name, verbs, property) is { Api.Kind: 'P' } propertyRow &&
                (propertyRow.IsSink ? method.MethodKind == MethodKind.PropertySet : method.MethodKind == MethodKind.PropertyGet))
            {
                matchedType = type;
                return propertyRow;
            }
        }

        if (method.MethodKind != MethodKind.Constructor && !method.IsStatic)
        {
            foreach (var implemented in owner.AllInterfaces)
            {
                if (_rows.ForMember(implemented.OriginalDefinition, name, verbs, method) is { } row)
                {
                    matchedType = implemented;
                    return row;
                }
            }
        }

        return null;
    }

    private PolicyRow? FindMemberRow(ISymbol member, VerbSet verbs)
    {
        var owner = TypeNames.Owner(member.ContainingType);
        for (var type = owner; type is not null; type = type.BaseType)
        {
            if (_rows.ForMember(type.OriginalDefinition, member.Name, verbs, member) is { } row)
            {
                return row;
            }
        }

        foreach (var implemented in owner.AllInterfaces)
        {
            if (_rows.ForMember(implemented.OriginalDefinition, member.Name, verbs, member) is { } row)
            {
                return row;
            }
        }

        return null;
    }

    private bool Has(ITypeSymbol type, TypeTraits trait) => (Traits(type) & trait) != 0;

    private TypeTraits Traits(ITypeSymbol type) => _typeTraits.Get(type);

    private TypeTraits ComputeTraits(ITypeSymbol type)
    {
        var traits = TypeTraits.None;
        if (_rows.ForType(type, VerbSet.Of(PolicyVerb.NoData)) is not null)
        {
            traits |= TypeTraits.DataFree;
        }

        if (_rows.ForType(type, VerbSet.Of(PolicyVerb.Transparent)) is not null)
        {
            traits |= TypeTraits.Transparent;
        }

        // Accumulators, in-memory writers and opaque types: the type or one of its bases or interfaces is listed.
        var inherited = VerbSet.Of(PolicyVerb.Accumulator, PolicyVerb.InMemory, PolicyVerb.Opaque);
        for (var current = type; current is not null; current = current.BaseType)
        {
            traits |= InheritedTraits(current, inherited);
        }

        foreach (var implemented in type.AllInterfaces)
        {
            traits |= InheritedTraits(implemented, inherited);
        }

        return traits;
    }

    private TypeTraits InheritedTraits(ITypeSymbol type, VerbSet verbs)
    {
        var traits = TypeTraits.None;
        if (_rows.ForType(type.OriginalDefinition, verbs) is null)
        {
            return traits;
        }

        if (_rows.ForType(type.OriginalDefinition, VerbSet.Of(PolicyVerb.Accumulator)) is not null)
        {
            traits |= TypeTraits.Accumulator;
        }

        if (_rows.ForType(type.OriginalDefinition, VerbSet.Of(PolicyVerb.InMemory)) is not null)
        {
            traits |= TypeTraits.InMemoryWriter;
        }

        if (_rows.ForType(type.OriginalDefinition, VerbSet.Of(PolicyVerb.Opaque)) is { } opaque)
        {
            traits |= TypeTraits.Opaque;
            if (opaque.Api.ExactTypeName is not null)
            {
                traits |= TypeTraits.OpaqueListed;
            }
        }

        return traits;
    }

    [Flags]
    private enum TypeTraits
    {
        None = 0,
        DataFree = 1,
        Transparent = 2,
        Accumulator = 4,
        InMemoryWriter = 8,
        Opaque = 16,

        /// <summary>Opaque by a row naming the type or a base, not only by a naming pattern.</summary>
        OpaqueListed = 32,
    }
}
