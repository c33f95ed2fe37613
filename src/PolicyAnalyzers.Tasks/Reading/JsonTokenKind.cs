namespace PolicyAnalyzers.DataFiles.Reading;

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
