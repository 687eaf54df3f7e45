namespace EqualityMark.Shared.Web;

/// <summary>The HTML id of a bound field, matching ASP.NET Core's own (Input.Email → Input_Email).</summary>
public static class FieldIds
{
    public static string For(string modelKey) => modelKey.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
