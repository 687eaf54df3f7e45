namespace EqualityMark.Subscriptions.Contracts;

/// <summary>A UK postal address as GOV.UK's address pattern asks for it.</summary>
public sealed record PostalAddressDto(string? Line1, string? Line2, string? Town, string? Postcode)
{
    public IEnumerable<string> Lines() => new[] { Line1, Line2, Town, Postcode }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!);
}
