namespace PolicyAnalyzers.Policy;

/// <summary>What a policy row says about the API it names. The word each verb is written as is in <see cref="PolicyRow"/>.</summary>
internal enum PolicyVerb
{
    /// <summary>export: data passed to it leaves the application (PA0001).</summary>
    Export,

    /// <summary>serialize: data passed to it is serialized for others to read (PA0002).</summary>
    Serialize,

    /// <summary>respond: data passed to it is written to an HTTP response: PA0002, or PA0007 where only signed-in users reach the endpoint.</summary>
    Respond,

    /// <summary>render: data passed to it is written into a page (a view, a Razor Page, a component): PA0002 or PA0007 by the page's audience.</summary>
    Render,

    /// <summary>log: data passed to it is written to a log or telemetry (PA0003).</summary>
    Log,

    /// <summary>aggregate: its result is a number or a truth about its inputs, not the data (Count, Any, Sum).</summary>
    Aggregate,

    /// <summary>project: its result holds what its selectors return (Select, ToDictionary).</summary>
    Project,

    /// <summary>group: a projection whose key selector's results become group labels (GroupBy, CountBy).</summary>
    Group,

    /// <summary>accumulate: called on an accumulator, it puts its arguments into the receiver (Add, Append).</summary>
    Accumulate,

    /// <summary>accumulator: a type whose writes stay in memory in the instance (StringBuilder).</summary>
    Accumulator,

    /// <summary>inmemory: a writer type whose export methods keep the data in memory (StringWriter, MemoryStream).</summary>
    InMemory,

    /// <summary>lookup: its result and out arguments are the receiver's values, not its keys or arguments (TryGetValue).</summary>
    Lookup,

    /// <summary>include: a query that loads a navigation of the entities it returns (EF Core's Include and ThenInclude).</summary>
    Include,

    /// <summary>map: an object mapper; the target's members that receive a protected member by name are protected.</summary>
    Map,

    /// <summary>template: a template engine's render; its text holds every member of the model it renders, which it reads by reflection.</summary>
    Template,

    /// <summary>declassify: its result is not protected, whatever its arguments were.</summary>
    Declassify,

    /// <summary>keys: a member that reads the keys of a dictionary or grouping.</summary>
    Keys,

    /// <summary>values: a member that reads the values of a dictionary or pair.</summary>
    Values,

    /// <summary>nodata: values of the type carry no data at all (CancellationToken, Type).</summary>
    NoData,

    /// <summary>opaque: serializers and pages do not write the type's members as data (DbContext, ILogger, Stream).</summary>
    Opaque,

    /// <summary>transparent: a generic type whose type arguments say nothing about the data it holds (ILogger&lt;T&gt;).</summary>
    Transparent,

    /// <summary>protect: the type or member is protected, as if it carried [ProtectedData].</summary>
    Protect,

    /// <summary>marker: an attribute type that marks data as protected.</summary>
    Marker,

    /// <summary>ignore: an attribute type that every serializer of the project honours as "do not write this member".</summary>
    Ignore,

    /// <summary>endpoint: a minimal API mapping method whose Delegate argument handles HTTP requests.</summary>
    Endpoint,

    /// <summary>signedin: an attribute type or base class (or interface) whose endpoints only signed-in users reach.</summary>
    SignedIn,
}
