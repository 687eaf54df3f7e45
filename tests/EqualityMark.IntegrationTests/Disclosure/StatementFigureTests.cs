using EqualityMark.ActionPlanning.Features.Statement;

namespace EqualityMark.IntegrationTests.Disclosure;

public sealed class StatementFigureTests
{
    [Fact]
    public void A_small_group_is_not_its_total_minus_the_figures_beside_it()
    {
        StatementFigureDto[] figures =
        [
            new("sex", "Sex", "Boys", 227, 230),
            new("sex", "Sex", "Girls", 3, 230),
            new("race", "Race", "Pupils with English as an additional language", 41, 230),
        ];

        var published = StatementFigureProtection.Publish(figures, 5);

        Assert.Equal("fewer than 5", published[1].Count);
        Assert.Equal("not shown", published[0].Count); // else 230 − 227 gives the 3 girls
        Assert.Equal("41", published[2].Count); // alone in its strand: nothing to subtract it from
    }

    [Fact]
    public void Zeros_are_small_too_and_two_small_figures_hide_each_other()
    {
        StatementFigureDto[] figures = [new("religion", "Religion", "Withdrawn from worship", 0, 30), new("religion", "Religion", "Attending worship", 2, 30)];

        var published = StatementFigureProtection.Publish(figures, 5);

        Assert.All(published, f => Assert.True(f.Suppressed));
        Assert.All(published, f => Assert.Equal("fewer than 5", f.Count));
    }
}
