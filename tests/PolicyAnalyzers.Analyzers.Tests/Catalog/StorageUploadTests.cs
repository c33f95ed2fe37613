using Verify = PolicyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PolicyAnalyzers.Analyzers.ProtectedDataFlowAnalyzer>;

namespace PolicyAnalyzers.Tests.Catalog;

/// <summary>Uploads to Azure Blob Storage, AWS S3 and FTP servers: the content is PA0001, names and paths are not data.</summary>
public class StorageUploadTests
{
    [Fact]
    public Task AzureBlobs_WhenUploadedContentCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using Azure.Storage.Blobs;", "BlobContainerClient container, List<DetentionRecord> records, Applicant applicant", """
            var roster = string.Join("\n", records.Select(r => r.FullName));
            await container.GetBlobClient("roster.csv").UploadAsync({|#0:BinaryData.FromString(roster)|}, overwrite: true);
            container.GetBlobClient("applicant.txt").Upload({|PA0001:new MemoryStream(Encoding.UTF8.GetBytes(applicant.Name))|});
            await container.UploadBlobAsync("names.txt", {|#1:new BinaryData(applicant.Name)|});
            container.UploadBlob("born.txt", {|PA0001:BinaryData.FromString(records[0].DateOfBirth.ToString("d"))|});
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'BlobClient.UploadAsync'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("Applicant.Name", "the export 'BlobContainerClient.UploadBlobAsync'"));

    [Fact]
    public Task AzureBlobs_WhenOnlyTheBlobNameOrALocalPathIsPersonal_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using Azure.Storage.Blobs;", "BlobContainerClient container, List<DetentionRecord> records, Applicant applicant", """
            // Where the content goes is not the content.
            await container.UploadBlobAsync($"applicants/{applicant.Name}.txt", BinaryData.FromString($"{applicant.CaseCount} cases"));
            await container.GetBlobClient($"{records[0].FullName}.csv").UploadAsync(BinaryData.FromString(records.Count.ToString()));
            container.GetBlobClient("statistics.csv").Upload($"/exports/{applicant.Name}.csv", overwrite: true);
            """));

    [Fact]
    public Task AwsS3_WhenTheObjectBodyCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using Amazon.S3; using Amazon.S3.Model; using Amazon.S3.Transfer;", "IAmazonS3 s3, ITransferUtility transfer, List<DetentionRecord> records, Applicant applicant", """
            var roster = string.Join("\n", records.Select(r => r.FullName));
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = "roster.csv", ContentBody = {|#0:roster|} });
            var request = new PutObjectRequest { BucketName = "exports", Key = "applicant.txt" };
            request.InputStream = {|PA0001:new MemoryStream(Encoding.UTF8.GetBytes(applicant.Name))|};
            await s3.PutObjectAsync(request);
            await transfer.UploadAsync({|#1:new MemoryStream(Encoding.UTF8.GetBytes(roster))|}, "exports", "roster.csv");
            transfer.Upload(new TransferUtilityUploadRequest { BucketName = "exports", InputStream = {|PA0001:new MemoryStream(Encoding.UTF8.GetBytes(applicant.Name))|} });
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'PutObjectRequest.ContentBody'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord.FullName", "the export 'TransferUtility.UploadAsync'"));

    [Fact]
    public Task AwsS3_WhenOnlyCountsAreUploadedUnderPersonalKeys_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using Amazon.S3; using Amazon.S3.Model; using Amazon.S3.Transfer;", "IAmazonS3 s3, ITransferUtility transfer, List<DetentionRecord> records, Applicant applicant", """
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "exports", Key = $"{applicant.Name}/count.txt", ContentBody = records.Count.ToString() });
            await transfer.UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(applicant.CaseCount.ToString())), "exports", applicant.Name);
            transfer.Upload($"/exports/{applicant.Name}.csv", "exports", "statistics.csv");
            """));

    [Fact]
    public Task FluentFtp_WhenUploadedBytesOrStreamsCarryProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using FluentFTP;", "FtpClient ftp, AsyncFtpClient asyncFtp, List<DetentionRecord> records, Applicant applicant", """
            var roster = Encoding.UTF8.GetBytes(string.Join("\n", records.Select(r => r.FullName)));
            ftp.UploadBytes({|#0:roster|}, "/partner/roster.csv");
            ftp.UploadStream({|PA0001:new MemoryStream(Encoding.UTF8.GetBytes(applicant.Name))|}, "/partner/applicant.txt", FtpRemoteExists.Overwrite, true);
            await asyncFtp.UploadBytes({|#1:roster|}, "/partner/roster.csv");
            await asyncFtp.UploadStream({|PA0001:new MemoryStream(roster)|}, "/partner/roster.csv");
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("DetentionRecord.FullName", "the export 'FtpClient.UploadBytes'"),
            Verify.Diagnostic("PA0001").WithLocation(1).WithArguments("DetentionRecord.FullName", "the export 'AsyncFtpClient.UploadBytes'"));

    [Fact]
    public Task FluentFtp_WhenOnlyCountsAreUploaded_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using FluentFTP;", "IAsyncFtpClient ftp, IFtpClient syncFtp, List<DetentionRecord> records, Applicant applicant", """
            var statistics = Encoding.UTF8.GetBytes(string.Join("\n", records.GroupBy(r => r.Facility).Select(g => $"{g.Key};{g.Count()}")));
            await ftp.UploadBytes(statistics, $"/partner/{applicant.Name}/statistics.csv");
            syncFtp.UploadFile($"/exports/{applicant.Name}.csv", "/partner/statistics.csv");
            """));

    [Fact]
    public Task SshNetSftp_WhenUploadedOrWrittenContentCarriesProtectedData_Reports() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using System.Text; using Renci.SshNet;", "SftpClient sftp, List<DetentionRecord> records, Applicant applicant", """
            sftp.WriteAllText("/partner/applicant.txt", {|#0:applicant.Name|});
            sftp.WriteAllLines("/partner/roster.csv", {|PA0001:records.Select(r => r.FullName)|});
            sftp.UploadFile({|PA0001:new MemoryStream(Encoding.UTF8.GetBytes(applicant.Name))|}, "/partner/applicant.txt");
            await sftp.UploadFileAsync({|PA0001:new MemoryStream(Encoding.UTF8.GetBytes(records[0].Nationality))|}, "/partner/nationality.txt");
            sftp.WriteAllText($"/partner/{applicant.Name}/count.txt", records.Count.ToString());
            """),
            Verify.Diagnostic("PA0001").WithLocation(0).WithArguments("Applicant.Name", "the export 'SftpClient.WriteAllText'"));

    [Fact]
    public Task AzureSdks_WhenContentIsAProtectedObjectAsJson_ReportsTheSerialization() =>
        Verify.VerifyAnalyzerAsync(TestModel.WithAsyncExport("using Azure.Messaging.ServiceBus; using Azure.Storage.Blobs;", "BlobClient blob, ServiceBusSender sender, Applicant applicant, List<FacilityCount> counts", """
            await blob.UploadAsync(BinaryData.FromObjectAsJson({|#0:applicant|}));
            await sender.SendMessageAsync(new ServiceBusMessage(BinaryData.FromObjectAsJson({|PA0002:applicant|})));
            await blob.UploadAsync(BinaryData.FromObjectAsJson(counts));
            """),
            Verify.Diagnostic("PA0002").WithLocation(0).WithArguments("Applicant.Name", "the serializer 'BinaryData.FromObjectAsJson'"));
}
