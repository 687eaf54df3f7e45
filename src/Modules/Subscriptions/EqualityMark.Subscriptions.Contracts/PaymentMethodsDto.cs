namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The payment methods that are on, in the order they are offered.</summary>
public sealed record PaymentMethodsDto(IReadOnlyList<PaymentMethod> Methods)
{
    public bool Card => Methods.Contains(PaymentMethod.Card);
}
