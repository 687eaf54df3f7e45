namespace EqualityMark.Evidence.Storage;

/// <summary>A kind of file the store accepts: its name for people, its media type and the extensions a name may end with.</summary>
internal sealed record EvidenceFileType(string Label, string ContentType, IReadOnlyList<string> Extensions)
{
    public static readonly EvidenceFileType Pdf = new("a PDF", "application/pdf", [".pdf"]);
    public static readonly EvidenceFileType Png = new("a PNG image", "image/png", [".png"]);
    public static readonly EvidenceFileType Jpeg = new("a JPEG image", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly EvidenceFileType Word = new("a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly EvidenceFileType Excel = new("an Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly EvidenceFileType PowerPoint = new("a PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]);
    public static readonly EvidenceFileType LegacyWord = new("a Word 97–2003 document", "application/msword", [".doc"]);
    public static readonly EvidenceFileType LegacyExcel = new("an Excel 97–2003 workbook", "application/vnd.ms-excel", [".xls"]);
    public static readonly EvidenceFileType LegacyPowerPoint = new("a PowerPoint 97–2003 presentation", "application/vnd.ms-powerpoint", [".ppt"]);

    public static readonly IReadOnlyList<EvidenceFileType> LegacyOffice = [LegacyWord, LegacyExcel, LegacyPowerPoint];
}
