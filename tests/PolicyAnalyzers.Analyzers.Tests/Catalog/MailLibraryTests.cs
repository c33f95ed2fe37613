using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>
/// MailKit/MimeKit and SendGrid (real packages) and FluentEmail: the subject, bodies, attachments and template
/// models are PA0001; the recipients are not, as for System.Net.Mail.
/// </summary>
public class MailLibraryTests
{
    [Fact]
    public Task MimeKit_WhenSubjectBodyOrAttachmentCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using MimeKit;", "MailKit.Net.Smtp.SmtpClient smtp, Applicant applicant, List<DetentionRecord> records", """
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress("Casework", "casework@agency.example"));
            message.Subject = {|#0:$"Case of {applicant.Name}"|};
            message.Body = new TextPart("plain") { Text = {|#1:$"Dear {applicant.Name}"|} };
            var part = new TextPart(MimeKit.Text.TextFormat.Html);
            part.SetText("utf-8", {|PA0001:records[0].FullName|});

            var builder = new BodyBuilder { TextBody = {|PA0001:records[0].Nationality|} };
            builder.HtmlBody = {|PA0001:$"<p>{applicant.Name}</p>"|};
            builder.Attachments.Add("roster.csv", {|#2:System.Text.Encoding.UTF8.GetBytes(string.Join("\n", records.Select(r => r.FullName)))|});
            message.Body = builder.ToMessageBody();
            message.Headers.Add("X-Applicant", {|PA0001:applicant.Name|});
            var csv = new MimePart("text", "csv") { Content = new MimeContent({|PA0001:new MemoryStream(System.Text.Encoding.UTF8.GetBytes(records[0].FullName))|}) };
            await smtp.SendAsync(message);
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'MimeMessage.Subject'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("Applicant.Name", "the export 'TextPart.Text'"),
            Verify.Diagnostic("PA0001").WithLocation(2).WithArguments("DetentionRecord.FullName", "the export 'AttachmentCollection.Add'"));

    [Fact]
    public Task MimeKit_WhenOnlyRecipientsArePersonal_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using MimeKit;", "MailKit.Net.Smtp.SmtpClient smtp, Applicant applicant, List<DetentionRecord> records", """
            // Mailing people at their own address is how they receive their own data: recipients are not data.
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress("Casework", "casework@agency.example"));
            message.To.Add(new MailboxAddress(applicant.Name, "applicant@example.org"));
            message.Subject = "Your appointment";
            message.Body = new TextPart("plain") { Text = $"{records.Count} people are waiting at {applicant.Office}." };
            message.Headers.Add("X-Case-Count", applicant.CaseCount.ToString());
            smtp.Send(message);
            await smtp.SendAsync(new MimeMessage(new[] { new MailboxAddress("Casework", "casework@agency.example") }, new[] { new MailboxAddress(records[0].FullName, "someone@example.org") }, "Statistics", new TextPart("plain") { Text = $"{records.Count} records" }));
            """));

    [Fact]
    public Task SystemNetMail_WhenOnlyRecipientsArePersonal_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.Net.Mail;", "SmtpClient smtp, Applicant applicant, List<DetentionRecord> records", """
            var message = new MailMessage { From = new MailAddress("casework@agency.example"), Subject = "Your appointment" };
            message.To.Add(new MailAddress("applicant@example.org", applicant.Name));
            message.Body = $"{records.Count} people are waiting at {applicant.Office}.";
            message.Attachments.Add(Attachment.CreateAttachmentFromString($"{records.Count}", "statistics.csv"));
            smtp.Send(message);
            """));

    [Fact]
    public Task SystemNetMail_WhenAnAttachmentCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithExport("using System.Net.Mail;", "SmtpClient smtp, Applicant applicant, List<DetentionRecord> records", """
            var message = new MailMessage("casework@agency.example", "partner@example.org");
            message.Attachments.Add(Attachment.CreateAttachmentFromString({|#0:string.Join("\n", records.Select(r => r.FullName))|}, "roster.csv"));
            message.Attachments.Add(new Attachment({|PA0001:new MemoryStream(Encoding.UTF8.GetBytes(applicant.Name))|}, "applicant.txt"));
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString({|PA0001:$"<p>{applicant.Name}</p>"|}, null, "text/html"));
            smtp.Send(message);
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'Attachment.CreateAttachmentFromString'"));

    [Fact]
    public Task SendGrid_WhenSubjectContentOrTemplateDataCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using SendGrid; using SendGrid.Helpers.Mail;", "ISendGridClient client, Applicant applicant, DetentionRecord record", """
            var from = new EmailAddress("casework@agency.example", "Casework");
            var to = new EmailAddress("partner@example.org");
            var single = MailHelper.CreateSingleEmail(from, to, "Case update", {|#0:$"Applicant {applicant.Name}"|}, "<p>See attachment</p>");
            await client.SendEmailAsync(single);

            var message = new SendGridMessage();
            message.SetSubject({|#1:record.FullName|});
            message.AddContent(MimeType.Text, {|PA0001:record.Nationality|});
            message.PlainTextContent = {|PA0001:applicant.Name|};
            message.HtmlContent = {|PA0001:$"<p>{applicant.Name}</p>"|};
            message.SetTemplateData({|PA0001:applicant|});
            var templated = MailHelper.CreateSingleTemplateEmail(from, to, "d-123", {|PA0001:new { name = applicant.Name }|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'MailHelper.CreateSingleEmail'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord.FullName", "the export 'SendGridMessage.SetSubject'"));

    [Fact]
    public Task SendGrid_WhenOnlyRecipientsArePersonal_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using SendGrid; using SendGrid.Helpers.Mail;", "ISendGridClient client, Applicant applicant, List<DetentionRecord> records", """
            var from = new EmailAddress("casework@agency.example", "Casework");
            var to = new EmailAddress("applicant@example.org", applicant.Name);
            var single = MailHelper.CreateSingleEmail(from, to, "Your appointment", $"{records.Count} people are waiting at {applicant.Office}.", "");
            await client.SendEmailAsync(single);
            var message = new SendGridMessage { Subject = "Statistics", PlainTextContent = records.Count.ToString() };
            message.AddTo(new EmailAddress("someone@example.org", records[0].FullName));
            message.SetTemplateData(new { cases = applicant.CaseCount });
            await client.SendEmailAsync(message);
            """));

    [Fact]
    public Task FluentEmail_WhenSubjectBodyOrTemplateModelCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using FluentEmail.Core;", "IFluentEmail email, Applicant applicant, DetentionRecord record", """
            await Email.From("casework@agency.example")
                .To("partner@example.org")
                .Subject({|#0:$"Case of {applicant.Name}"|})
                .Body({|PA0001:record.FullName|})
                .SendAsync();
            email.UsingTemplate("Dear @Model.Name", {|#1:applicant|});
            email.PlaintextAlternativeBody({|PA0001:record.Nationality|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'Email.Subject'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("Applicant.Name", "the export 'Email.UsingTemplate'"));

    [Fact]
    public Task FluentEmail_WhenOnlyRecipientsArePersonalAndTheModelHoldsCounts_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using FluentEmail.Core;", "Applicant applicant, List<DetentionRecord> records", """
            await Email.From("casework@agency.example")
                .To("applicant@example.org", applicant.Name)
                .Subject("Your appointment")
                .UsingTemplate("There are @Model.Waiting people waiting at @Model.Office", new { Waiting = records.Count, applicant.Office })
                .SendAsync();
            """));
}
