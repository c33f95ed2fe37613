using System.Collections.Generic;

namespace PolicyAnalyzers.DataFiles.Reading;

/// <summary>
/// Extracts the text of a document format the MSBuild task does not read itself: PDF, read by the command-line tool
/// with a PDF library that cannot ship inside the task.
/// </summary>
internal interface IDocumentTextSource
{
    /// <summary>
    /// The document's pages as text, one at a time: lines separated by '\n', the columns of a table by '\t'.
    /// Throws <see cref="DataFileFormatException"/> when the document cannot be read (encrypted, damaged, over a limit).
    /// </summary>
    IEnumerable<string> Pages(string path);
}
