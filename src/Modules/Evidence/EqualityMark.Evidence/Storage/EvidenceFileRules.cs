namespace EqualityMark.Evidence.Storage;

/// <summary>What every evidence file must be, and the words people see when it is not.</summary>
internal static class EvidenceFileRules
{
    public const int MaximumBytes = 20 * 1024 * 1024;

    public const string Field = "File";

    public const string Allowed = "a PDF, Word, Excel, PowerPoint, PNG or JPEG file";

    public const string Empty = "The selected file is empty";

    public const string TooLarge = "The selected file must be smaller than 20 MB";

    public const string WrongType = "The selected file must be " + Allowed;

    public const string Program = "The selected file is a program, not a document. Choose " + Allowed;

    public const string Macros = "The selected file contains macros. Save it without macros (as .docx, .xlsx or .pptx) and try again";

    public static string NameDisagrees(EvidenceFileType type) =>
        $"The selected file is {type.Label} but its name ends differently. Rename it to end with {type.Extensions[0]}";
}
