namespace EqualityMark.Organisations.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    WrongDetails,
    Deactivated,
}
