// FluentFTP 40 and later (package FluentFTP): uploads of bytes and streams. UploadFile sends a local file by name.
namespace FluentFTP
{
    using System;
    using System.IO;
    using System.Threading;
    using System.Threading.Tasks;

    public enum FtpRemoteExists { NoCheck, Skip, Overwrite, Append }

    public enum FtpStatus { Failed, Success, Skipped }

    public class FtpProgress { }

    public interface IFtpClient : IDisposable
    {
        void Connect();
        FtpStatus UploadBytes(byte[] fileData, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, Action<FtpProgress>? progress = null);
        FtpStatus UploadStream(Stream fileStream, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, Action<FtpProgress>? progress = null);
        FtpStatus UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false);
    }

    public interface IAsyncFtpClient : IDisposable
    {
        Task Connect(CancellationToken token = default);
        Task<FtpStatus> UploadBytes(byte[] fileData, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, IProgress<FtpProgress>? progress = null, CancellationToken token = default);
        Task<FtpStatus> UploadStream(Stream fileStream, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, IProgress<FtpProgress>? progress = null, CancellationToken token = default);
    }

    public class FtpClient : IFtpClient
    {
        public FtpClient(string host, string user, string pass, int port = 0) { }
        public void Connect() { }
        public FtpStatus UploadBytes(byte[] fileData, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, Action<FtpProgress>? progress = null) => throw null!;
        public FtpStatus UploadStream(Stream fileStream, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, Action<FtpProgress>? progress = null) => throw null!;
        public FtpStatus UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false) => throw null!;
        public void Dispose() { }
    }

    public class AsyncFtpClient : IAsyncFtpClient
    {
        public AsyncFtpClient(string host, string user, string pass, int port = 0) { }
        public Task Connect(CancellationToken token = default) => throw null!;
        public Task<FtpStatus> UploadBytes(byte[] fileData, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, IProgress<FtpProgress>? progress = null, CancellationToken token = default) => throw null!;
        public Task<FtpStatus> UploadStream(Stream fileStream, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false, IProgress<FtpProgress>? progress = null, CancellationToken token = default) => throw null!;
        public void Dispose() { }
    }
}
