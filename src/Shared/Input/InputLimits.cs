namespace EqualityMark.Shared.Input;

/// <summary>
/// The longest text a field takes when it declares no [MaxLength] of its own. Narrower limits are declared once:
/// on the request field ([MaxLength]) or its validator, and on the column (EF HasMaxLength, checked before saving).
/// </summary>
public static class InputLimits
{
    public const int DefaultMaxLength = 10_000;

    /// <summary>For whole documents carried as text: framework imports, webhook payloads.</summary>
    public const int DocumentMaxLength = 2_000_000;
}
