using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// Adds a school to the current local authority. URN is the DfE's six-digit unique reference number; the type
/// (maintained by the authority unless said otherwise) decides the VAT on what the authority sells it.
/// </summary>
public sealed record AddSchoolCommand(
    string Name, string Urn, SchoolPhase? Phase, string AddressLine1, string Town, string Postcode, SchoolType? Type = SchoolType.LocalAuthorityMaintained)
    : ICommand<SchoolDto>;
