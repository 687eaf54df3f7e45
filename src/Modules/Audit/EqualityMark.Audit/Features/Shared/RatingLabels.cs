using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.Shared;

/// <summary>Ratings in words and letters, so the grid never relies on colour alone.</summary>
public static class RatingLabels
{
    public static string Letter(Rating rating) => rating switch
    {
        Rating.Red => "R",
        Rating.Amber => "A",
        Rating.Green => "G",
        _ => "–",
    };

    public static string Name(Rating rating) => rating == Rating.NotAssessed ? "Not yet assessed" : rating.ToString();

    public static string CssClass(Rating rating) => "em-rag em-rag--" + rating.ToString().ToLowerInvariant();
}
