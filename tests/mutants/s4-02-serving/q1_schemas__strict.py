# Mutant: no strict mode: the string "5.1" and true are converted to floats.
class IrisFeatures(BaseModel):
    """One iris flower: four measurements in centimetres, each in (0, 30]."""
    model_config = ConfigDict(extra="forbid")

    sepal_length: float = Field(gt=0, le=30)
    sepal_width: float = Field(gt=0, le=30)
    petal_length: float = Field(gt=0, le=30)
    petal_width: float = Field(gt=0, le=30)


class BatchRequest(BaseModel):
    """A batch of 1 to MAX_BATCH flowers: {"instances": [...]}."""
    model_config = ConfigDict(extra="forbid")

    instances: list[IrisFeatures] = Field(min_length=1, max_length=MAX_BATCH)
