namespace PolicyAnalyzers.Diagnostics
{
    /// <summary>The diagnostic IDs fixed by the public contract.</summary>
    internal static class DiagnosticIds
    {
        public const string ProtectedDataExported = "PA0001";
        public const string ProtectedDataSerialized = "PA0002";
        public const string ProtectedDataLogged = "PA0003";
        public const string UnmarkedPersonalData = "PA0004";
        public const string IncompleteAuthorizedDisclosure = "PA0005";
        public const string ApprovedDisclosure = "PA0006";
        public const string ShownToSignedInUsers = "PA0007";
        public const string PolicyNotUnderstood = "PA0008";
        public const string AnalysisFailed = "PA0999";
    }
}
