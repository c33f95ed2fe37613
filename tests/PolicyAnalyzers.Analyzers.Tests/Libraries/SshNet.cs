// SSH.NET 2024 and later (package SSH.NET): SFTP uploads and writes. The path says where the data goes.
namespace Renci.SshNet
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Threading;
    using System.Threading.Tasks;

    public interface ISftpClient : IDisposable
    {
        void UploadFile(Stream input, string path, Action<ulong>? uploadCallback = null);
        void UploadFile(Stream input, string path, bool canOverride, Action<ulong>? uploadCallback = null);
        Task UploadFileAsync(Stream input, string path, CancellationToken cancellationToken = default);
        void WriteAllText(string path, string contents);
        void WriteAllBytes(string path, byte[] bytes);
        void WriteAllLines(string path, IEnumerable<string> contents);
        void AppendAllText(string path, string contents);
        bool Exists(string path);
    }

    public class SftpClient : ISftpClient
    {
        public SftpClient(string host, string username, string password) { }
        public void Connect() { }
        public void UploadFile(Stream input, string path, Action<ulong>? uploadCallback = null) { }
        public void UploadFile(Stream input, string path, bool canOverride, Action<ulong>? uploadCallback = null) { }
        public Task UploadFileAsync(Stream input, string path, CancellationToken cancellationToken = default) => throw null!;
        public void WriteAllText(string path, string contents) { }
        public void WriteAllBytes(string path, byte[] bytes) { }
        public void WriteAllLines(string path, IEnumerable<string> contents) { }
        public void AppendAllText(string path, string contents) { }
        public bool Exists(string path) => throw null!;
        public void Dispose() { }
    }
}
