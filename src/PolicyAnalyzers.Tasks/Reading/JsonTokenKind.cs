namespace PolicyAnalyzers.DataFiles;

internal enum JsonTokenKind
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
}
