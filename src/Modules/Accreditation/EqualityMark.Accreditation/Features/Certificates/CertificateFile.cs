namespace EqualityMark.Accreditation.Features.Certificates;

/// <summary>A certificate ready to download: the PDF's bytes and a file name with its certificate number.</summary>
public sealed record CertificateFile(byte[] Content, string FileName);
