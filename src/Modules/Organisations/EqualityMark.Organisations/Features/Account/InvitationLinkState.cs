namespace EqualityMark.Organisations.Features.Account;

/// <summary>What an invitation link can still do: set a password, or nothing because it was used or has run out.</summary>
public enum InvitationLinkState
{
    Open,
    Used,
    Expired,
}
