using Microsoft.AspNetCore.Builder;

namespace EqualityMark.Shared.Web;

/// <summary>Marks an API endpoint that another site calls on purpose, without a cookie (the card payment provider's webhook).</summary>
public sealed class AcceptsCrossOriginWrites
{
    internal static readonly AcceptsCrossOriginWrites Instance = new();
}

public static class CrossOriginWritesExtensions
{
    public static TBuilder AcceptCrossOriginWrites<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(AcceptsCrossOriginWrites.Instance);
}
