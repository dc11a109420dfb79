"""The scorer's English-name comparison: the Arabic article joined by a hyphen or a space is
one spelling; any other difference is another name."""

from dragoman.summarize.scoring import same_english_name


def test_article_joined_by_hyphen_or_space_is_one_spelling() -> None:
    assert same_english_name("Thani bin Ahmed Al-Zeyoudi", "Thani bin Ahmed Al Zeyoudi")
    assert same_english_name("Khalid al-Falih", "Khalid Al-Falih")
    assert same_english_name("Mohammed Al Abdullah Al-Thani", "mohammed al-abdullah al thani")


def test_other_differences_are_other_names() -> None:
    assert not same_english_name("Mohammed Al-Shanawy", "Mohamed El-Shennawy")
    assert not same_english_name("Mohammed Alamiri", "Mohammed Al Amiri")  # joined: another spelling
    assert not same_english_name("Alan Smith", "Al an Smith")
    assert not same_english_name("Nurlan Bekbosynov", "Nurlan Bekbossynov")
    assert not same_english_name("Sarah bint Yousef Al Amiri", "Sarah Al Amiri")
