namespace EqualityMark.Organisations.Contracts;

/// <summary>Where a local authority is on its way to taking schools.</summary>
public enum TenantState
{
    /// <summary>Created; its first administrator has not yet accepted the invitation.</summary>
    Invited,

    /// <summary>Its administrator has signed in and is setting the programme up; public pages say so.</summary>
    SettingUp,

    /// <summary>Open: schools can read the programme and sign up.</summary>
    Live,

    /// <summary>Switched off by the platform: nobody can sign in and its jobs do not run.</summary>
    Suspended,
}
