using EqualityMark.Evidence.Domain;

namespace EqualityMark.Evidence.Features.Packs;

internal static class PackFormats
{
    public static string ContentType(EvidencePackFormat format) => format switch
    {
        EvidencePackFormat.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/pdf",
    };

    public static string Extension(EvidencePackFormat format) => format == EvidencePackFormat.Word ? "docx" : "pdf";

    public static string DownloadPath(Guid packId, EvidencePackFormat format) =>
        $"/api/v1/evidence-packs/{packId}/documents/{format.ToString().ToLowerInvariant()}";

    public static string StatusText(EvidencePackStatus status, bool downloadable) => status switch
    {
        EvidencePackStatus.Queued => "Waiting to start",
        EvidencePackStatus.Building => "Being made",
        EvidencePackStatus.Ready when downloadable => "Ready to download",
        EvidencePackStatus.Failed => "Could not be made",
        _ => "Expired",
    };
}
