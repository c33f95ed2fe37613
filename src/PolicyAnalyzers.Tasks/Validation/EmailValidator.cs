using PolicyAnalyzers.DataFiles.Text;

namespace PolicyAnalyzers.DataFiles.Validation;

/// <summary>
/// Is a value an email address (local@domain.tld), and is it a person's rather than a role's? A config file's
/// "support@contoso.com" names a team, not an individual.
/// </summary>
internal static class EmailValidator
{
    private static readonly TextSet RoleMailboxes = new(
    [
        "info", "support", "help", "helpdesk", "admin", "administrator", "contact", "contactus", "noreply", "no-reply",
        "donotreply", "do-not-reply", "sales", "office", "webmaster", "postmaster", "hostmaster", "abuse", "security",
        "privacy", "team", "hello", "feedback", "press", "media", "marketing", "billing", "accounts", "accounting", "hr",
        "jobs", "careers", "service", "services", "enquiries", "inquiries", "mail", "notifications", "alerts", "ops",
        "devops", "it", "legal", "compliance", "foia", "webmail", "root", "system", "bounce", "newsletter", "orders",
    ]);

    public static bool IsPersonal(TextSlice value)
    {
        value = value.Trim();
        var at = value.IndexOf('@');
        return IsValid(value) && !RoleMailboxes.Contains(value.Slice(0, at));
    }

    public static bool IsValid(TextSlice value)
    {
        value = value.Trim();
        if (value.Length < 6 || value.Length > 254)
        {
            return false;
        }

        var at = value.IndexOf('@');
        if (at < 1 || at > 64)
        {
            return false;
        }

        for (var i = 0; i < at; i++)
        {
            var c = value[i];
            var allowed = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '.' or '_' or '%' or '+' or '-' or '\'';
            if (!allowed || (c == '.' && (i == 0 || i == at - 1 || value[i - 1] == '.')))
            {
                return false;
            }
        }

        // Domain: letters, digits and hyphens in labels, at least one dot, a top-level domain of 2+ letters.
        var labelLength = 0;
        var dots = 0;
        var topLevelLetters = 0;
        for (var i = at + 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '.')
            {
                if (labelLength == 0)
                {
                    return false;
                }

                dots++;
                labelLength = 0;
                topLevelLetters = 0;
                continue;
            }

            var letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
            if (!letter && c is not ((>= '0' and <= '9') or '-'))
            {
                return false;
            }

            labelLength++;
            topLevelLetters = letter && topLevelLetters == labelLength - 1 ? topLevelLetters + 1 : -1000;
        }

        return dots >= 1 && labelLength > 0 && topLevelLetters >= 2;
    }
}
