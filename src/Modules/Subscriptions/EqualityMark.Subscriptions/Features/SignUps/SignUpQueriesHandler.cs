using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.SignUps;

/// <summary>Sign-ups are seen by the authority's staff only.</summary>
internal sealed class SignUpQueriesHandler(SubscriptionsDbContext db, ICurrentUser currentUser) :
    IRequestHandler<ListSignUpsQuery, IReadOnlyList<SignUpDto>>,
    IRequestHandler<GetSignUpQuery, SignUpDto>
{
    public async Task<IReadOnlyList<SignUpDto>> Handle(ListSignUpsQuery request, CancellationToken cancellationToken)
    {
        RequireStaff();
        var signUps = await db.SignUps.AsNoTracking()
            .Where(s => request.Status == null || s.Status == request.Status)
            .OrderBy(s => s.SubmittedAt)
            .ToListAsync(cancellationToken);
        return signUps.ConvertAll(s => s.ToDto());
    }

    public async Task<SignUpDto> Handle(GetSignUpQuery request, CancellationToken cancellationToken)
    {
        RequireStaff();
        var signUp = await db.SignUps.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SignUpId, cancellationToken);
        return signUp?.ToDto() ?? throw new NotFoundException("No sign-up with that id was found.");
    }

    private void RequireStaff()
    {
        if (!currentUser.IsAuthorityStaff)
        {
            throw new ForbiddenException("Only the authority's staff can see sign-ups.");
        }
    }
}
