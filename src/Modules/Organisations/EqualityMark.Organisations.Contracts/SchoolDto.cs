namespace EqualityMark.Organisations.Contracts;

public sealed record SchoolDto(
    Guid Id, string Name, string Urn, SchoolPhase Phase, string AddressLine1, string Town, string Postcode, SchoolType Type = SchoolType.LocalAuthorityMaintained);
