using EqualityMark.Shared.Errors;
using Stripe;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>Turns Stripe's refusals and network failures into a 409 with words a school or an administrator can act on.</summary>
internal static class StripeCalls
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, string refusal)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is StripeException or HttpRequestException or TaskCanceledException)
        {
            throw new ConflictException(refusal);
        }
    }
}
