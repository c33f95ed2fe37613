using System.Security.Cryptography;
using System.Text;
using PolicyAnalyzers;

namespace DetentionStatistics.Model;

/// <summary>Pseudonymous references for logs and support tickets: they identify no one outside the agency.</summary>
public static class CaseReferences
{
    // A real deployment reads this key from its secret store; a sample has to make one up.
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("sample-key-from-the-secret-store");

    /// <summary>A keyed hash of the A-Number: stable for one person, meaningless without the key.</summary>
    [Declassifier]
    public static string Of(DetentionRecord record) =>
        Convert.ToHexString(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(record.ANumber)))[..12];
}
