// FluentEmail.Core 3 (package FluentEmail.Core): the fluent message builder. Recipients are where the mail goes.
namespace FluentEmail.Core
{
    using System.Threading;
    using System.Threading.Tasks;

    public interface IHideObjectMembers { }

    public class SendResponse { public bool Successful => throw null!; }

    public interface IFluentEmail : IHideObjectMembers
    {
        IFluentEmail To(string emailAddress, string? name = null);
        IFluentEmail SetFrom(string emailAddress, string? name = null);
        IFluentEmail Subject(string subject);
        IFluentEmail Body(string body, bool isHtml = false);
        IFluentEmail PlaintextAlternativeBody(string body);
        IFluentEmail UsingTemplate<T>(string template, T model, bool isHtml = true);
        IFluentEmail UsingTemplateFromFile<T>(string filename, T model, bool isHtml = true);
        IFluentEmail PlaintextAlternativeUsingTemplate<T>(string template, T model);
        SendResponse Send(CancellationToken? token = null);
        Task<SendResponse> SendAsync(CancellationToken? token = null);
    }

    public class Email : IFluentEmail
    {
        public static IFluentEmail From(string emailAddress, string? name = null) => throw null!;
        public IFluentEmail To(string emailAddress, string? name = null) => throw null!;
        public IFluentEmail SetFrom(string emailAddress, string? name = null) => throw null!;
        public IFluentEmail Subject(string subject) => throw null!;
        public IFluentEmail Body(string body, bool isHtml = false) => throw null!;
        public IFluentEmail PlaintextAlternativeBody(string body) => throw null!;
        public IFluentEmail UsingTemplate<T>(string template, T model, bool isHtml = true) => throw null!;
        public IFluentEmail UsingTemplateFromFile<T>(string filename, T model, bool isHtml = true) => throw null!;
        public IFluentEmail PlaintextAlternativeUsingTemplate<T>(string template, T model) => throw null!;
        public SendResponse Send(CancellationToken? token = null) => throw null!;
        public Task<SendResponse> SendAsync(CancellationToken? token = null) => throw null!;
    }
}
